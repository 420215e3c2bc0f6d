/**
 * Every table in a lesson scrolls inside its own region, named after the section it is in,
 * and reachable by keyboard, so a phone never cuts a column off without a way to reach it.
 */
import { render, screen, within } from '@testing-library/react';
import { mdxComponents } from '../../src/course/mdx/mdx-components';
import { renderApp } from '../support/render-app';
import { SLOW_TEST_MS } from '../support/timeouts';

const Table = mdxComponents.table as (props: object) => React.ReactElement;

it.each([
  ['graduate-analogy', 'The graduate analogy', 'Table: Part by part', 'In the analogy'],
  ['prompting-rag-or-fine-tuning', 'Prompting, RAG or fine-tuning?', 'Table: Three things you can change', 'If you need the AI to…'],
])(
  'lesson %s: its table is in a keyboard-focusable region named after its section',
  async (slug, _title, name, firstHeader) => {
    renderApp(`/lessons/${slug}`);
    const region = await screen.findByRole('region', { name });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table')).toBeInTheDocument();
    expect(within(region).getByRole('columnheader', { name: firstHeader })).toBeInTheDocument();
  },
  SLOW_TEST_MS,
);

it('a table outside a section (no label from the build) is still a named region', () => {
  render(
    <Table>
      <tbody>
        <tr>
          <td>a</td>
        </tr>
      </tbody>
    </Table>,
  );
  expect(screen.getByRole('region', { name: 'Table' })).toHaveAttribute('tabindex', '0');
});
