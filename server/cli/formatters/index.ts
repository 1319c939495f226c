import { github } from './github';
import { json } from './json';
import { sarif } from './sarif';
import { stylish } from './stylish';
import type { Formatter } from './types';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

export const FORMATTERS: Record<FormatName, Formatter> = { stylish, json, sarif, github };
export type { FileResult, RunResult, Formatter, Summary } from './types';
export { summarize } from './types';
