import type { Rule } from 'eslint'

export declare const boundaries: {
  rules: { 'features/no-cross-import': Rule.RuleModule; 'layers/no-upward-import': Rule.RuleModule }
}
