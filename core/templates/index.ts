export * from './types';
export * from './schema';
export * from './checkTemplate';
export * from './TemplateError';
export * from './validateTemplate';
export * from './instantiate';
export * from './applyAlternative';
export * from './templateTree';
