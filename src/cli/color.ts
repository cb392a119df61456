/** Colour only for a terminal, never into files or pipes; NO_COLOR and FORCE_COLOR are honoured. */
export function useColor(flag: boolean, stream: NodeJS.WriteStream = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!flag || env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}
