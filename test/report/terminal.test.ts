import { describe, expect, it } from 'vitest';
import { inert } from '../../src/report/terminal-text.js';

describe('page text is inert in the terminal', () => {
  it.each([
    ['\u001b[31mred\u001b[0m', 'red'],
    ['title\u001b]0;owned\u0007', 'title'],
    ['bell\u0007 and back\bspace', 'bell and backspace'],
    ['right\u202eto-left', 'rightto-left'],
    ['  many   spaces\n\nlines ', 'many spaces lines'],
  ])('%j → %j', (input, output) => {
    expect(inert(input)).toBe(output);
  });
  it('bounds length', () => {
    expect(inert('x'.repeat(500), 50)).toHaveLength(50);
  });
});
