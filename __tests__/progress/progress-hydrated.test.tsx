/**
 * Whether saved progress has been read comes to the pages from ProgressHydratedProvider. The
 * prerendered page says "not read yet"; the app takes it over saying the same (no mismatch),
 * then shows what was read; a page opened afterwards knows at once.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { ProgressHydratedProvider, useProgress, useProgressHydrated } from '../../src/progress/progress-store';

function Probe({ name }: { name: string }) {
  const hydrated = useProgressHydrated();
  // What the component showed on its very first render, kept: a page opened after the read must not start with "not read".
  const [first] = useState(hydrated);
  return (
    <p>
      {name}: {hydrated ? 'read' : 'not read yet'} (first: {first ? 'read' : 'not read yet'})
    </p>
  );
}

function Page({ later }: { later: boolean }) {
  return (
    <ProgressHydratedProvider>
      <Probe name="page" />
      {later ? <Probe name="opened later" /> : null}
    </ProgressHydratedProvider>
  );
}

describe('ProgressHydratedProvider', () => {
  it('takes over the prerendered "not read yet" without a mismatch, then shows what was read', async () => {
    await act(() => useProgress.persist.rehydrate());
    expect(useProgress.persist.hasHydrated()).toBe(true);
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Page later={false} />);
    document.body.append(container);
    expect(container).toHaveTextContent('page: not read yet');
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const recoverable: unknown[] = [];
    let root: Root | undefined;
    await act(async () => {
      root = hydrateRoot(container, <Page later={false} />, { onRecoverableError: (error) => recoverable.push(error) });
    });
    await waitFor(() => expect(container).toHaveTextContent('page: read'));
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();

    // A page opened after the read starts from "read", with no "not read yet" first.
    await act(async () => root?.render(<Page later />));
    expect(container).toHaveTextContent('opened later: read (first: read)');
    act(() => root?.unmount());
    container.remove();
  });

  it('without a provider (a component on its own), reads the store itself', async () => {
    await act(() => useProgress.persist.rehydrate());
    render(<Probe name="alone" />);
    expect(screen.getByText(/alone: read/)).toBeInTheDocument();
  });
});
