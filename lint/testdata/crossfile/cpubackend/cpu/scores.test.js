import { readScores } from './scores.js';

test('readScores is a function', () => {
  expect(typeof readScores).toBe('function');
});
