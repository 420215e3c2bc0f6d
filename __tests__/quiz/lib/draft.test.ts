import { choiceResponse, chosenIds, emptyResponse } from '../../../src/quiz/lib/draft';
import { initialOrder } from '../../../src/quiz/lib/present';
import { matching, multiple, myth, ordering, scenario, single } from '../../support/sample-questions';

describe('a draft response', () => {
  it('starts empty for every type, an ordering question in its shuffled order for the seed', () => {
    expect(emptyResponse(single, 's')).toEqual({ type: 'single', choice: null });
    expect(emptyResponse(scenario, 's')).toEqual({ type: 'scenario', choice: null });
    expect(emptyResponse(myth, 's')).toEqual({ type: 'myth-or-reality', choice: null });
    expect(emptyResponse(multiple, 's')).toEqual({ type: 'multiple', choices: [] });
    expect(emptyResponse(matching, 's')).toEqual({ type: 'matching', matches: { graduate: null, training: null, handbook: null } });
    expect(emptyResponse(ordering, 's')).toEqual({ type: 'ordering', order: initialOrder(ordering as never, 's') });
  });

  it('names the chosen options: one, several or none', () => {
    expect(chosenIds({ type: 'single', choice: 'a' })).toEqual(['a']);
    expect(chosenIds({ type: 'single', choice: null })).toEqual([]);
    expect(chosenIds({ type: 'multiple', choices: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(chosenIds({ type: 'ordering', order: ['a'] })).toEqual([]);
  });

  it('turns chosen options into the response of the question’s type', () => {
    expect(choiceResponse(single as never, ['a'])).toEqual({ type: 'single', choice: 'a' });
    expect(choiceResponse(scenario as never, [])).toEqual({ type: 'scenario', choice: null });
    expect(choiceResponse(myth as never, ['reality'])).toEqual({ type: 'myth-or-reality', choice: 'reality' });
    expect(choiceResponse(multiple as never, ['a', 'b'])).toEqual({ type: 'multiple', choices: ['a', 'b'] });
  });
});
