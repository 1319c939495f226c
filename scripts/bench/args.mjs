// The benchmark scripts' options: `--name=value`, or `--name` alone for true.
export function arg(name, fallback) {
  const a = process.argv.find((x) => x === `--${name}` || x.startsWith(`--${name}=`));
  if (!a) return fallback;
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : true;
}
