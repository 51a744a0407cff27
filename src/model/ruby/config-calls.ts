/**
 * What the server models ask of a Ruby config's recorded calls. Apart from the evaluator
 * (evaluator.ts), which is loaded only with Prism, when an app has a Ruby config file.
 */
import type { ConfigCall, RubyValue } from './values.js'

/** Why a call's effect is unknown because of the condition it sits under. */
export function conditionWhy(call: ConfigCall): string {
  return `\`${call.name}\` on line ${call.at.line} runs only under the condition on line ${call.condition!.line}, which rack-check cannot evaluate`
}

/** The first argument whose value is unknown. */
export function firstUnknown(call: ConfigCall): Extract<RubyValue, { known: false }> | undefined {
  return call.args.find((a): a is Extract<RubyValue, { known: false }> => !a.known)
}
