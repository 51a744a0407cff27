import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'yaml-syntax-error',
  severity: 'error',
  summary: '`.cloud66/manifest.yml` or `.cloud66/deploy_hooks.yml` is not valid YAML.',
  messages: {
    manifest: '`{file}` is not valid YAML ({problem}); Cloud 66 cannot load it, so none of its settings apply; check it with `ruby -e "require \'yaml\'; YAML.load_file(\'{file}\')"`.',
    hooks: '`{file}` is not valid YAML ({problem}); Cloud 66 cannot load it, so none of its hooks run; check it with `ruby -e "require \'yaml\'; YAML.load_file(\'{file}\')"`.'
  },
  check(ctx) {
    const { manifest, deployHooks } = ctx.analysis.app
    for (const [tree, message] of [
      [manifest?.tree, 'manifest'],
      [deployHooks?.tree, 'hooks']
    ] as const) {
      if (tree?.error) ctx.report(tree.error.at, message, { file: tree.file.path, problem: tree.error.message.replace(/\.$/, '') })
    }
  }
})
