import { initialState, keyAction, parseState, reduce } from '../../src/instructor/presenter-state';

describe('presenter keys', () => {
  it.each([
    ['ArrowRight', { type: 'next' }],
    [' ', { type: 'next' }],
    ['ArrowLeft', { type: 'previous' }],
    ['Home', { type: 'first' }],
    ['End', { type: 'last' }],
    ['b', { type: 'blackout' }],
    ['B', { type: 'blackout' }],
  ])('%j is %j', (key, command) => {
    expect(keyAction(key, '')).toEqual({ kind: 'command', command });
  });

  it('builds a slide number from digits and jumps on Enter', () => {
    const one = keyAction('1', '');
    expect(one).toEqual({ kind: 'digits', buffer: '1' });
    expect(keyAction('2', '1')).toEqual({ kind: 'digits', buffer: '12' });
    expect(keyAction('Enter', '12')).toEqual({ kind: 'command', command: { type: 'goto', index: 11 } });
    expect(keyAction('Enter', '')).toEqual({ kind: 'none' });
  });

  it('has F for full screen, R to reveal and Escape to leave', () => {
    expect(keyAction('f', '').kind).toBe('fullscreen');
    expect(keyAction('r', '').kind).toBe('reveal');
    expect(keyAction('Escape', '').kind).toBe('leave');
  });
});

describe('presenter state', () => {
  it('stays within the deck and lifts a black-out when the slide changes', () => {
    let state = reduce(initialState, { type: 'previous' }, 5);
    expect(state.index).toBe(0);
    state = reduce(state, { type: 'last' }, 5);
    expect(state.index).toBe(4);
    state = reduce(state, { type: 'next' }, 5);
    expect(state.index).toBe(4);
    state = reduce(state, { type: 'goto', index: 99 }, 5);
    expect(state.index).toBe(4);
    state = reduce(state, { type: 'blackout' }, 5);
    expect(state.blackout).toBe(true);
    expect(reduce(state, { type: 'first' }, 5)).toMatchObject({ index: 0, blackout: false });
  });

  it('records reveals, hand counts and charts per question', () => {
    let state = reduce(initialState, { type: 'reveal', question: 'q1' }, 3);
    state = reduce(state, { type: 'hands', question: 'q1', option: 'a', count: 7 }, 3);
    state = reduce(state, { type: 'hands', question: 'q1', option: 'b', count: -2 }, 3);
    state = reduce(state, { type: 'chart', question: 'q1' }, 3);
    expect(state).toMatchObject({ revealed: ['q1'], hands: { q1: { a: 7, b: 0 } }, charts: ['q1'] });
    expect(reduce(state, { type: 'reveal', question: 'q1' }, 3).revealed).toEqual([]);
  });

  it('reads back only well-formed saved state', () => {
    expect(parseState('{"index":3,"revealed":["q"],"hands":{"q":{"a":2,"b":"x"}},"blackout":"yes"}')).toEqual({
      index: 3,
      revealed: ['q'],
      hands: { q: { a: 2 } },
    });
    expect(parseState('not json')).toEqual({});
    expect(parseState(null)).toEqual({});
  });
});
