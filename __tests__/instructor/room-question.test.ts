import { lessons, loadLesson } from '../../src/course/lessons';
import type { Question } from '../../src/quiz/lib/question';
import { roomQuestion } from '../../src/instructor/room-question';

let all: Question[] = [];
beforeAll(async () => {
  all = (await Promise.all(lessons.map(loadLesson))).flatMap((l) => l.questions);
});

describe('a question shown to the room', () => {
  it('letters every option and names exactly the right ones in the answer, for every question in the course', () => {
    expect(all.length).toBeGreaterThan(60);
    for (const question of all) {
      const room = roomQuestion(question);
      expect(room.options.map((o) => o.letter)).toEqual(room.options.map((_, i) => String.fromCharCode(65 + i)));
      expect(room.explained.every((line) => line.explanation.length > 0)).toBe(true);
      if (question.type === 'single' || question.type === 'multiple' || question.type === 'scenario') {
        const right = room.options.filter((o) => o.correct).map((o) => o.letter);
        expect(room.answer).toBe(right.length > 1 ? `Answers: ${right.slice(0, -1).join(', ')} and ${right.at(-1)}` : `Answer: ${right[0]}`);
        expect(room.explained).toHaveLength(question.options.length);
        expect(room.countable).toBe(true);
      }
      if (question.type === 'ordering') {
        // The room sees the steps out of order; the answer gives the letters in the right order.
        expect(room.options.map((o) => o.id)).not.toEqual(question.items.map((i) => i.id));
        const letters = room.answer.replace('Right order: ', '').split(', ');
        expect(letters.map((l) => room.options.find((o) => o.letter === l)?.id)).toEqual(question.items.map((i) => i.id));
      }
    }
  });

  it('shows the same order in every window and every run', () => {
    for (const question of all.slice(0, 20)) expect(roomQuestion(question)).toEqual(roomQuestion(question));
  });
});
