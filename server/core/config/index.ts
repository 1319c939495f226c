/** Project configuration (`spectrum-lint.config.json`): discovery, validation, merging with editor settings. */
export { CONFIG_FILE_NAME, type ConfigLocation, type IgnoreEntry, type RawAccount, type SpectrumLintConfig } from './types';
export { parseConfig, normaliseCode, type ParsedConfig, type ParseConfigOptions } from './parse';
export { findConfigFile, ConfigResolver, type ConfigHost } from './discover';
export { mergeRules, mergeFiles, anchorGlob, configLintOptions } from './merge';
