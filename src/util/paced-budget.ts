import { machinePace } from './machine-pace.js';
import { TimeoutError } from './with-timeout.js';

/**
 * A time budget counted in an idle machine's time: each stretch of wall-clock time is counted
 * divided by the machine's pace over it, so a machine three times busier than idle grants three
 * times the wall-clock time for the same budget. An audit's verdict is thereby cut by its budget
 * at the same point of the crawl whether the machine is idle or busy (up to the pace's bound):
 * the verdict must not depend on how busy the machine is.
 */
export class PacedBudget {
  private spent = 0;
  private last: number;

  constructor(
    private readonly budgetMs: number,
    private readonly pace: () => number = () => machinePace(),
    private readonly clock: () => number = Date.now,
  ) {
    this.last = clock();
  }

  /** The wall-clock time (ms since epoch) at which the budget runs out, judged at the machine's pace now. */
  deadline(): number {
    const now = this.clock();
    const pace = this.pace();
    this.spent += (now - this.last) / pace;
    this.last = now;
    return now + Math.max(0, this.budgetMs - this.spent) * pace;
  }

  /** Wall-clock milliseconds left, judged at the machine's pace now. */
  remainingMs(): number {
    return Math.max(0, this.deadline() - this.clock());
  }

  passed(): boolean {
    return this.remainingMs() <= 0;
  }
}

/** Bounds a wait by a budget counted in an idle machine's time (see `PacedBudget`), re-judged every second. */
export async function withinPacedBudget<T>(promise: Promise<T>, budgetMs: number, what: string, pace?: () => number): Promise<T> {
  const budget = new PacedBudget(budgetMs, pace);
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    const check = () => {
      const left = budget.remainingMs();
      if (left <= 0) reject(new TimeoutError(what, Date.now() - started));
      else timer = setTimeout(check, Math.min(left, 1_000));
    };
    check();
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
