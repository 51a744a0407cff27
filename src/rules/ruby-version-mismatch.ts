import { agree, type RubyDeclaration } from '../model/ruby-version.js'
import { defineRule } from './define-rule.js'

const NAMES: Record<RubyDeclaration['source'], string> = {
  manifest: 'the manifest\'s `ruby_version`',
  gemfile: 'the Gemfile\'s `ruby` line',
  'ruby-version': '`.ruby-version`',
  lockfile: 'Gemfile.lock\'s `RUBY VERSION`'
}

/**
 * The manifest's `ruby_version` and the app's own declarations of its Ruby disagree
 * (docs/research/cloud66.md#ruby-version). Versions are compared as what they say: a Gemfile
 * `ruby "~> 3.4"` is a requirement the manifest's `3.4.1` satisfies. Reported at both places.
 */
export default defineRule({
  id: 'ruby-version-mismatch',
  severity: 'warning',
  rack: true,
  summary: 'The manifest\'s `ruby_version` differs from the Ruby the app declares elsewhere.',
  messages: {
    gemfile:
      '{here} says {this}, and {there} says {that}: Cloud 66\'s docs say a manifest version different from the Gemfile\'s "will cause problems when you deploy" (Bundler refuses to run on another Ruby), and a deploy does not change the Ruby of existing servers unless you "Apply Ruby upgrades"; declare one version, preferably only in the manifest.',
    other:
      '{here} says {this}, and {there} says {that}: Cloud 66\'s docs say a mismatch between the manifest and the app\'s declared Ruby "will cause problems when you deploy" and advise keeping the version only in the manifest (whether Cloud 66 reads {file} at all is not documented), and a deploy does not change the Ruby of existing servers unless you "Apply Ruby upgrades"; make them agree.'
  },
  check(ctx) {
    const ruby = ctx.analysis.app.ruby
    const manifest = ruby.declarations.find((d) => d.source === 'manifest')
    if (!manifest) return
    for (const d of ruby.declarations) {
      if (d === manifest || agree(manifest, d)) continue
      const id = d.source === 'gemfile' ? 'gemfile' : 'other'
      const short = (x: RubyDeclaration): string => `\`${x.text}\` (\`${x.path}\`, line ${x.at.line})`
      const file = d.source === 'lockfile' ? 'Gemfile.lock\'s `RUBY VERSION`' : '`.ruby-version`'
      const cap = (x: string): string => x[0].toUpperCase() + x.slice(1)
      ctx.report(manifest.at, id, { here: cap(NAMES.manifest), this: short(manifest), there: NAMES[d.source], that: short(d), file })
      ctx.report(d.at, id, { here: cap(NAMES[d.source]), this: short(d), there: NAMES.manifest, that: short(manifest), file })
    }
  }
})
