import { defineRule } from './define-rule.js'

/**
 * A `# rack-check:` directive that does nothing (src/engine/suppressions.ts): an unknown rule id, a rule
 * that reports nothing where the directive applies, or a comment that is not written as a
 * directive. Reported by the engine after the other rules have run (this rule has no check of its
 * own), so that stale suppressions get cleaned up. It cannot itself be suppressed.
 */
export default defineRule({
  id: 'suppression-unused',
  severity: 'notice',
  summary: 'An inline `# rack-check:` suppression names an unknown rule, suppresses nothing, or is not written as a directive.',
  messages: {
    unknownRule: '`{id}` is not a rack-check rule, so this suppression does nothing; the rule ids are listed in docs/rules/README.md.',
    unused: 'This suppression of `{id}` matches no finding {where}; remove it (or move it next to the line it is meant for).',
    malformed: '`{text}` is not a rack-check directive; write `# rack-check: disable=<rule-id> -- <reason>` (or `disable-file=`).'
  },
  check() {
    // the engine reports these after every other rule (check.ts)
  }
})
