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
 * `ruby "~> 3.4"` is a requirement the manifest's `3.4.1` satisfies. Reported at both places:
 * at each disagreeing source, and once at the manifest line, naming every source that disagrees
 * (one warning per source there would repeat the same line and the same advice).
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
      '{here} says {this}, and {there} says {that}: Cloud 66\'s docs say a mismatch between the manifest and the app\'s declared Ruby "will cause problems when you deploy" and advise keeping the version only in the manifest (whether Cloud 66 reads {file} at all is not documented), and a deploy does not change the Ruby of existing servers unless you "Apply Ruby upgrades"; make them agree.',
    several:
      '{here} says {this}, but {others}: Cloud 66\'s docs say a mismatch between the manifest and the app\'s declared Ruby "will cause problems when you deploy" ({notes}), and a deploy does not change the Ruby of existing servers unless you "Apply Ruby upgrades"; make them agree, preferably declaring the version only in the manifest.'
  },
  check(ctx) {
    const ruby = ctx.analysis.app.ruby
    const manifest = ruby.declarations.find((d) => d.source === 'manifest')
    if (!manifest) return
    const short = (x: RubyDeclaration): string => `\`${x.text}\` (\`${x.path}\`, line ${x.at.line})`
    const cap = (x: string): string => x[0].toUpperCase() + x.slice(1)
    const fileOf = (d: RubyDeclaration): string => (d.source === 'lockfile' ? 'Gemfile.lock\'s `RUBY VERSION`' : '`.ruby-version`')
    const differ = ruby.declarations.filter((d) => d !== manifest && !agree(manifest, d))
    if (differ.length === 0) return
    if (differ.length === 1) {
      const d = differ[0]
      ctx.report(manifest.at, d.source === 'gemfile' ? 'gemfile' : 'other', { here: cap(NAMES.manifest), this: short(manifest), there: NAMES[d.source], that: short(d), file: fileOf(d) })
    } else {
      const said = differ.map((d) => `${NAMES[d.source]} says ${short(d)}`)
      const others = `${said.slice(0, -1).join(', ')} and ${said[said.length - 1]}`
      const unread = differ.filter((d) => d.source !== 'gemfile').map(fileOf)
      const notes = [
        ...(differ.some((d) => d.source === 'gemfile') ? ['Bundler refuses to run on another Ruby than the Gemfile\'s `ruby` line names'] : []),
        ...(unread.length ? [`whether Cloud 66 reads ${unread.join(' or ')} at all is not documented`] : [])
      ].join('; ')
      ctx.report(manifest.at, 'several', { here: cap(NAMES.manifest), this: short(manifest), others, notes })
    }
    for (const d of differ) {
      ctx.report(d.at, d.source === 'gemfile' ? 'gemfile' : 'other', { here: cap(NAMES[d.source]), this: short(d), there: NAMES.manifest, that: short(manifest), file: fileOf(d) })
    }
  }
})
