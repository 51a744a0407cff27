// The prose of each rule's page in docs/rules/: what it checks, why (with its sources), how to fix.
// scripts/rule-docs.mjs adds the severity (from src/rules/<id>.ts) and the examples (from the
// fixtures in __tests__/fixtures/rules/<id>/bad and good). Keep the order of a rule's three parts.
export const RULE_PROSE = {
  'passenger-transition': {
    what: "With a base to compare with (`--base REF` on the command line; the pull request's base in the action), the change switches the app from Passenger — no `custom_web` entry — to a custom server, or back.",
    why: "Cloud 66's docs say the web server is chosen when an app is first built: \"Changes to or from Passenger (the default app server) will not be applied after your application has initially been analyzed\" (Puma, Unicorn and Thin pages, 2017–2022; the Heroku migration guide and the Passenger Enterprise page still say so; the 2025 pages dropped the caveat, and whether the platform changed is not confirmed). An existing app therefore keeps its server, and the new `custom_web` line does nothing there. Switching among Puma, Unicorn and Thin is applied on redeploy and gets no warning. In a fixture, `base/` is the app before the change.",
    fix: "Build a new application from this branch (set `custom_web` before it is first analyzed), or scale up a new server and retire the old one, as Cloud 66 documents for Passenger Enterprise."
  },
  'yaml-syntax-error': {
    what: "`.cloud66/manifest.yml` or `.cloud66/deploy_hooks.yml` does not parse as YAML. The finding points at the first error.",
    why: "Cloud 66 loads both files with a YAML parser; its docs suggest checking a manifest with `ruby -e \"require 'yaml'; YAML.load_file('.cloud66/manifest.yml')\"`. A file that does not parse cannot be applied: no `procfile_metadata`, no hooks. Real manifests break this way: an indented first line followed by `<<fs`, a missing `:`, a hook field indented one space short. rack-check reads the files as Ruby's Psych does (YAML 1.1) and tolerates ERB tags (`<%= … %>`).",
    fix: "Fix the YAML at the line shown; then run the `ruby -e` check above."
  },
  'yaml-duplicate-key': {
    what: "The same key appears twice in one mapping of the manifest or the deploy hooks: a hook point such as `after_rails:` written several times in one environment, `source:` twice in a hook, `rails:` twice.",
    why: "YAML parsers keep one value per key — Psych keeps the last — without a warning. Real hook files write `after_rails:` four times in one environment; only the last list of hooks ever runs.",
    fix: "Merge the two: put every hook under a single `after_rails:` list, or every setting under one key."
  },
  'yaml-later-documents': {
    what: "`.cloud66/manifest.yml`, `.cloud66/deploy_hooks.yml` or Thin's YAML config has a second YAML document: a `---` line after the first document's content. The finding points at the `---` where the ignored part begins.",
    why: "Cloud 66 and Thin load these files with Ruby's `YAML.load_file`, which returns the first document of the stream and does not parse past it: Psych's `parse_stream` stops at the first document's end (Psych's `Psych.load` documentation: \"If multiple documents are provided, the object contained in the first document will be returned\"). Measured with Debian's Ruby 3.1 (Psych 4.0.3): `YAML.load_file` of `a: 1`, `---`, `b: [` returns `{\"a\"=>1}` and raises nothing for the broken second document. So settings, hooks or options after the `---` never apply, and a syntax error there is never seen. rack-check reads the file the same way: the first document, with this notice for the rest.",
    fix: "Move what you need into the first document and delete the `---` line, or delete the later documents."
  },
  'metadata-unknown-key': {
    what: "A key under a `procfile_metadata` process other than the three Cloud 66 documents: `restart_signal`, `stop_sequence`, `restart_on_deploy`.",
    why: "Cloud 66 ignores keys it does not know, so a misspelt `restart_sigal` silently leaves the default. `stop_sign`, `stop_grace` and `pre_stop_sequence` are settings of Maestro's `service.yml` for Docker services, a different product with a different format. `web_server_stop_signals` is the 2017 name of the web process's stop sequence, renamed `stop_sequence` in October 2018.",
    fix: "Use one of the three documented keys; the message suggests the nearest one.",
    autofix: "a key within typing distance of a setting is renamed to it (`restart_sigal` → `restart_signal`)."
  },
  'metadata-unknown-process': {
    what: "A process named under `procfile_metadata` that the Procfile does not have. `web` and `custom_web` both name the custom web server: Cloud 66's own examples use `web` even though the Procfile entry must be `custom_web`.",
    why: "Settings for a process that does not exist apply to nothing, silently. rack-check never flags `web:` when the Procfile has `custom_web:` (bike_index does exactly this, as Cloud 66's Puma page shows). A block that names the web server both as `web` and as `custom_web` gets a notice, because which one wins is not documented. `custom_web:` settings without a `custom_web` Procfile entry are flagged: Passenger serves that app.",
    fix: "Use the name of a Procfile entry (`web` for the custom web server, as in Cloud 66's examples)."
  },
  'metadata-placement': {
    what: "`procfile_metadata` appears both at the top level (all environments) and under an environment such as `production:`.",
    why: "Both placements are documented: the current manifest reference puts `procfile_metadata` at the top level, the Puma page under `production:`. Whether Cloud 66 merges the two blocks, or which one wins, is not documented. rack-check uses the environment's block for its restart verdicts and says so; when both set the same setting of the same process to different values, it warns at the environment's value.",
    fix: "Keep one `procfile_metadata` block: at the top level for every environment, or under each environment."
  },
  'metadata-signal-spelling': {
    what: "A signal in `restart_signal` or `stop_sequence` written in upper case (`USR2`), with the `SIG` prefix (`SIGTERM`), or in the Ruby-symbol style (`:term`) of Cloud 66's 2020 docs tables.",
    why: "Every YAML example in Cloud 66's docs, from 2017 to today, writes signals in lower case without `SIG`; whether other spellings are accepted is not documented. Real manifests copied `\"ttin, 120, :term, 5, kill\"` from the 2020 tables. rack-check reads the signal meant and reports its effect anyway.",
    fix: "Write the signal in lower case without `SIG` or `:`: `usr2`, `term`.",
    autofix: "the signal is written in lower case without `SIG` or `:`."
  },
  'metadata-invalid-value': {
    what: "A `procfile_metadata` value Cloud 66 cannot use: the block or a process that is not a mapping, a `restart_signal` that is not a signal name, a `stop_sequence` that is a number or does not alternate signal, seconds, signal, …, a `restart_on_deploy` that is not a boolean.",
    why: "`stop_sequence` is a string such as `term, 90, kill`: send TERM, wait up to 90 seconds, then KILL. A YAML integer (`stop_sequence: 123`, seen in a real manifest) or two signals in a row cannot be read that way. `restart_on_deploy` is a YAML boolean; a quoted `\"false\"` is a string, and how Cloud 66 reads it is not documented (warning).",
    fix: "Write the value as the message shows."
  },
  'restart-signal-not-restart': {
    what: "The signal Cloud 66 sends to the web server on every deploy (`restart_signal`, or the default) stops it, suspends it, or does not restart it, for this server, version and config.",
    why: "What a signal does depends on the server (servers.md §9.2; each case below was measured with the real server, started in its own session as systemd starts it): Puma treats HUP like INT and stops unless its output is redirected, and then HUP only reopens the logs; single-mode Puma has no TTIN handler, and the kernel discards TTIN, TTOU and TSTP for a session leader, so nothing happens; Unicorn's USR1 reopens logs; Thin's USR1 reopens its log, and a foreground Thin whose `log/` folder is missing exits on it (Errno::ENOENT); Thin does not handle USR2, so the process ends; Unicorn's HUP with `preload_app true` reloads the config and replaces the workers, but they are forked from a master that loaded the app at start, so \"application code changes will have no effect\" (Unicorn's Documentation/SIGNALS). The deploy then takes the site down, hangs it, or leaves the old code running. Under `--process-manager bluepill`, Cloud 66 restarts every web server with USR2 (cloud66.md §5.3, read literally), which ends a Thin: that default gets a warning at the `custom_web` line.",
    fix: "Use the server's restart signal: Puma `usr2` (hot) or `usr1` (phased, cluster mode), Unicorn `usr2` (new master) or `hup` (reload; only with `preload_app false` does it load new code), Thin `hup` — or remove `restart_signal` for the default."
  },
  'restart-phased-falls-back': {
    what: "`restart_signal: usr1` asks Puma for a phased (rolling) restart, but this Puma cannot do one and does a hot restart instead: single mode (no `workers`), `preload_app!` or `--preload`, the Puma 7+ default preload in cluster mode, or `WEB_CONCURRENCY` above 1 on Puma 5–6.",
    why: "A phased restart needs cluster mode with the app not preloaded (Puma `docs/restart.md`). Otherwise Puma logs \"phased-restart called but not available, restarting normally\" and does a hot restart (measured on 3.12.6 to 8.0.2). Puma 7 made `preload_app!` the default when `workers` is above 1, unless `prune_bundler` is set: a config that gave phased restarts on Puma 6 silently stops doing so after the upgrade (measured on 7.2.1 and 8.0.2). On Puma 5–6 the default preload comes from `WEB_CONCURRENCY` above 1 in the environment.",
    fix: "Run Puma in cluster mode without preloading: `workers 2` (or more) with `prune_bundler`, or `preload_app! false` on Puma 7+; or use `usr2`, which is what happens anyway."
  },
  'restart-phased-without-prune-bundler': {
    what: "`restart_signal: usr1` gives phased restarts, but the Puma config has no `prune_bundler`.",
    why: "In a phased restart the master keeps running and forks new workers from itself, so the gems the master loaded stay loaded: a deploy that changes Gemfile.lock runs the new code on the old bundle. `prune_bundler` makes the master load only Puma, so each new worker loads the current bundle (Puma `docs/restart.md`; Cloud 66's Puma page recommends it).",
    fix: "Add `prune_bundler` to the Puma config file."
  },
  'stop-sequence-not-graceful': {
    what: "The web server's `stop_sequence` (from the manifest) starts with a signal that does not stop this server gracefully.",
    why: "Cloud 66 stops a process by sending the first signal of its stop sequence and waiting. Each server stops gracefully — finishing the requests in flight — on one signal: Puma on TERM (or INT), Unicorn on QUIT, Thin on QUIT or TERM. Unicorn's TERM and INT and Thin's INT kill the workers at once; a Puma USR1 or a TTIN do not stop the server at all, so the whole wait is spent before the next signal. Sidekiq-style sequences (`tstp`, `ttin`) copied to the web process are the usual cause.",
    fix: "Start with the server's graceful signal: `term, 90, kill` for Puma, `quit, 75, term, 15, kill` for Unicorn, `quit, 75, int, 15, kill` for Thin (Cloud 66's defaults)."
  },
  'hooks-unknown-hook-point': {
    what: "A key in `.cloud66/deploy_hooks.yml` where a hook point belongs that is not one of Cloud 66's hook points.",
    why: "Hooks run only at the documented points (`first_thing`, `after_checkout`, `after_bundle`, `after_symlink`, `before_restart`, `after_rails`, `last_thing`, the `before_`/`after_` points of each component, …). Hooks under any other name never run, silently. The environment level is optional: a top-level hook point applies to every environment, a top-level name holding hook points is an environment.",
    fix: "Use a documented hook point; the message suggests the nearest one.",
    autofix: "a hook point within typing distance of a documented one is renamed to it."
  },
  'hooks-not-a-list': {
    what: "A deploy hook point holds a single mapping (or a value) instead of a list of hooks.",
    why: "Cloud 66 documents every hook point as a list: each hook starts with `- ` (cloud66.md §7.1). Real hook files write `last_thing:` followed by an indented `command:` without the dash — Cloud 66's own sample repositories among them (`AbleTech/postgis-sample`, `babakgh/rails-psql-postgis`). No source says Cloud 66 rejects a lone mapping, or that it runs it, so this is a warning that points at the documented form rather than an error.",
    fix: "Start each hook with `- `, as Cloud 66 documents."
  },
  'hooks-pumactl-restart': {
    what: "A deploy hook runs `pumactl … restart` (or `phased-restart`).",
    why: "From 2017 to 2019 Cloud 66's Puma page suggested an `after_rails` hook running `bundle exec pumactl -P /tmp/web_server.pid restart` for when Puma ignored the restart signal. That text was removed in September 2019; today Cloud 66 sends the restart signal itself (USR2 by default, or `restart_signal`), so the hook restarts Puma a second time on every deploy.",
    fix: "Remove the hook; set `restart_signal` under `procfile_metadata` if you need another signal."
  },
  'hooks-bluepill-under-systemd': {
    what: "A deploy hook runs `bluepill`, with `--process-manager systemd` (the default).",
    why: "Cloud 66 servers built since June 2020 run processes under systemd and have no Bluepill. A `bluepill cloud66_web_server restart` hook fails there, and with `halt_on_error` (the default) the deploy fails with it.",
    fix: "Use `sudo systemctl restart cloud66_web_server` or `restart_signal`; pass `--process-manager bluepill` to check an app on an older server."
  },
  'hooks-copied-deploy-file': {
    what: "A deploy hook copies or moves a Procfile or a web server config file into the stack path (`source:`/`destination:` with `<%= ENV['RAILS_STACK_PATH'] %>`, or a `cp`/`mv` command).",
    why: "The copy replaces the file in the repository, so the copy is what Cloud 66 and the server use (`.cloud66/files/Procfile`, `Procfile.c66`, `.cloud66/files/unicorn.rb` in real repositories). rack-check checks the copied file in its place and says so; a copy from outside the repository, or one made only while the app is built (`apply_during: build_only`), leaves the repository's file as the one checked.",
    fix: "Nothing to fix; consider keeping the Procfile at the root, where Cloud 66 documents it."
  },
  'custom-web-daemonizes': {
    what: "The `custom_web` server forks into the background (`-d`, `-D`, `--daemonize`, a config `daemonize`).",
    why: "Cloud 66 servers built since June 2020 run the web server under systemd, which \"does not require or support daemonized services\"; every Rack-server page says not to daemonize `custom_web`. The launcher exits, and the migration checklist warns the process is then \"terminated prematurely\". Daemonizing was the advice of the Bluepill era (before June 2020). The rule is silent with `--process-manager bluepill`. Note the letters: Unicorn daemonizes with `-D` (`-d` is debug), Thin and Puma 3–4 with `-d`.",
    fix: "Remove the daemonize flag. For Thin, see also `thin-pid-needs-daemon`.",
    autofix: "a lone `-d`/`-D` on the `custom_web` line is removed (a grouped flag or a config-file `daemonize` is left to you; for Thin see `thin-pid-needs-daemon` first)."
  },
  'custom-web-extra-tcp-listener': {
    what: "The `custom_web` server serves the socket and also listens on a TCP port given on the command line.",
    why: "Nginx sends traffic only to `/tmp/web_server.sock`. An extra TCP listener (often a leftover `-p $PORT` from a Heroku Procfile) is unused, and may be reachable from outside the server if the firewall allows it. With Puma, command-line listeners add up: `-b unix://… -p 3000` binds both (measured).",
    fix: "Remove the TCP listener unless something else on the server needs it."
  },
  'custom-web-fails-to-boot': {
    what: "The `custom_web` server exits at start: an option its parser rejects (invalid, ambiguous, missing or needless value, a value it cannot use), a word left over after the options, Puma 5+ given `-d`/`--daemon`, a bind Puma cannot parse, `thin` without `start`, a missing `-c`/`-C` file, or `-e production` to a server whose `-e` is `--eval`; or a config file that stops it: `daemonize` in a Puma 5+ config, a Ruby syntax error, a `listen` Unicorn cannot parse, a Thin `socket` without `/` or a `chdir` to a `$VARIABLE` folder. See docs/configuration.md.",
    why: "The servers parse options with Ruby's OptionParser, which stops the program on a bad option. Measured on Puma 5.6.5, 6.6.1, 7.2.1 and 8.0.2: `puma … -d` exits with \"ambiguous option: -d\" (`--debug` and `--dir` both start with `d`), and `--daemon` with \"invalid option\". On Puma 3.x–4.x `-d` still daemonizes. With no Gemfile.lock locking the server gem, the finding is a warning that names the versions on which the server exits — unless every version fails in some way, which `custom-web-fails-on-every-version` reports as one error. A value an option cannot take (`-p -b` once `$PORT` vanished, `-w --preload` on Puma 7+), a word left over after the options (taken for the rackup file), and Thor's extra-argument error for an option `rails server` does not have were measured on the real servers (docs/configuration.md, \"Variables on the command line\").",
    fix: "Remove or correct the option the message names; lock the server gem in Gemfile.lock to get a definite answer.",
    autofix: "Puma 5+'s refused `-d` is removed; the other causes need a decision (which value, which file) and are left to you."
  },
  'custom-web-misleading-flag': {
    what: "A flag that looks like one thing and is another: Unicorn `-d` (debug, not daemonize), Unicorn/rackup `-e` (eval, not environment), Thin `-D` (debug), Thin `-c` (chdir, not config), rackup `-b` (builder, not bind), `rails server -c` (rackup file).",
    why: "These flags are accepted, so nothing fails visibly, but they do not do what the line suggests (measured: `unicorn -d` prints Ruby `$DEBUG` output and stays in the foreground).",
    fix: "Use the flag the message names, or remove it."
  },
  'custom-web-no-pid-file': {
    what: "The `custom_web` server does not write its PID to `/tmp/web_server.pid`: no PID option, a PID file elsewhere (a relative path lands in the app folder), `unicorn_rails -P` (which is `--path`), or numbered PID files of a Thin cluster.",
    why: "Cloud 66 requires the web server to write `/tmp/web_server.pid` so that it can send restart signals and check that the process changed after a deploy. `unicorn_rails -P /tmp/web_server.pid` writes no PID file at all (measured): for `unicorn_rails`, `-P` is the deprecated form of `--path`.",
    fix: "Add the PID option the message names (Puma `--pidfile`, Thin `--pid`, rackup/rails `-P`, Passenger `--pid-file`), or `pid \"/tmp/web_server.pid\"` in a Unicorn config file.",
    autofix: "for Puma, rackup, `rails server` and Passenger, `--pidfile /tmp/web_server.pid` (or `-P …`, `--pid-file …`) is added to the line, or the option's wrong path rewritten; Unicorn and Thin need their config file and are left to you."
  },
  'custom-web-no-socket': {
    what: "The `custom_web` server does not serve HTTP on the Unix socket `/tmp/web_server.sock`: TCP only, no listener at all, a relative socket path, a socket elsewhere, Puma `-S` (the state file), a Thin cluster, or `rails server -b unix://…`.",
    why: "Nginx forwards every request to `/tmp/web_server.sock`; a server that does not serve it gets no traffic and the deploy's web check fails. Measured: `puma -S /tmp/web_server.sock` writes Puma's YAML state file there and listens on TCP 9292; `unix://tmp/web_server.sock` (two slashes) binds `tmp/web_server.sock` in the app folder; a Puma `-b`/`-p` on the command line replaces every bind of the config file.",
    fix: "Bind the socket with the option the message names: Puma `-b unix:///tmp/web_server.sock`, Thin `--socket /tmp/web_server.sock`, Unicorn `-l /tmp/web_server.sock`, rackup `-o /tmp/web_server.sock`, rails `-b /tmp/web_server.sock`.",
    autofix: "on the command line, the server's socket option (`-b unix:///tmp/web_server.sock`, `-l …`, `-o …`, `--socket …`) is added, or a relative or wrong socket path rewritten in place; a config file's `bind`/`listen` is left to you."
  },
  'custom-web-undecided': {
    what: "rack-check cannot decide from the files whether the server serves the socket, writes the PID file or daemonizes: pipes or other shell constructs it does not follow, an option whose effect was not measured (`rails server -E`), the answer depends on an unlocked server version (and some version would work), or on a config file it could not evaluate — the notice names the construct.",
    why: "rack-check never guesses. The JSON report then holds `null` for that prediction, and this notice says why, at the place that decides it. Variables are not a reason any more: the command line is read under the prediction environment of contract §4 (see `custom-web-unset-variable`). When every version of the server fails, `custom-web-fails-on-every-version` reports an error instead of this notice.",
    fix: "Write the options out in the Procfile, lock the server gem in Gemfile.lock, and keep `custom_web` a plain server command."
  },
  'custom-web-unknown-server': {
    what: "The `custom_web` command runs a program rack-check does not model (Falcon, Iodine, a wrapper such as `rerun`, …).",
    why: "Cloud 66 documents Puma, Unicorn and Thin (and Passenger as the default). Any other server must follow the same contract — serve `/tmp/web_server.sock`, write `/tmp/web_server.pid`, stay in the foreground, handle the restart signal — and rack-check cannot check that for a server it does not know.",
    fix: "Make sure the server meets the contract, or use one of the documented servers."
  },
  'custom-web-without-bundle-exec': {
    what: "The `custom_web` server runs without `bundle exec` or a binstub (`bin/puma`).",
    why: "Without Bundler the server that runs is whatever version is installed system-wide, not the one in Gemfile.lock, and the version decides behaviour (Puma 5 removed `-d`; Puma 7 preloads by default in cluster mode).",
    fix: "Prefix the command with `bundle exec`, or use the app's binstub.",
    autofix: "`bundle exec ` is added before the server."
  },
  'file-unreadable': {
    what: "A deployment file (Procfile, Gemfile.lock, …) exists but is binary, not valid UTF-8, larger than 1 MiB, not a regular file (a named pipe, a socket, a device: never opened, opening one can block), not readable (permission denied: its own finding, not \"missing\"), or a symbolic link that leads outside the checked folder, nowhere, or in a loop.",
    why: "Cloud 66 reads these files as text; a file that cannot be read as text cannot be checked either. rack-check never follows a link out of the checked folder, and opens only regular files, without blocking (see [docs/robustness.md](../robustness.md)).",
    fix: "Save the file as UTF-8 text, replace the link or the special file with the file itself, or make it readable."
  },
  'procfile-commented-custom-web': {
    what: "The Procfile has a commented-out `custom_web` entry (`#custom_web:`) and no live one.",
    why: "Without a `custom_web` entry Cloud 66 serves the app with Passenger. Per Cloud 66's docs, switching to or from Passenger is not applied after an app's initial build, so a commented-out entry at build time decides the server for good.",
    fix: "Remove the `#` if this server is meant to run, before the app is first built.",
    autofix: "the `#` (and the blanks after it) is removed — remember the Passenger caveat above."
  },
  'procfile-crlf': {
    what: "The Procfile has Windows (CR LF) line endings.",
    why: "Procfile readers split on LF; a reader that does not strip the CR leaves it in the last argument of each line, so `--pidfile /tmp/web_server.pid` can become a file name ending in a carriage return. How Cloud 66 reads Procfiles is not documented.",
    fix: "Save the file with LF line endings (`git config core.autocrlf input`, or `.gitattributes` with `Procfile text eol=lf`).",
    autofix: "every carriage return before a line feed is removed."
  },
  'procfile-duplicate-process': {
    what: "Two Procfile entries have the same name.",
    why: "Procfile readers keep one entry per name — Heroku and foreman keep the last — so the earlier entry silently never runs.",
    fix: "Give each process its own name.",
    autofix: "the entry that is lost is renamed `<name>_2` (or the next free number)."
  },
  'procfile-environment-override': {
    what: "Both `Procfile` and `Procfile_<environment>` define `custom_web`.",
    why: "Cloud 66 documents `Procfile_<env>` files that limit processes to one environment, but not whether such a file replaces or merges with `Procfile`. rack-check checks the `custom_web` entry of `Procfile_<environment>` (the environment is `--environment`, default `production`), and reports this so that you can remove the doubt.",
    fix: "Keep `custom_web` in one of the two files."
  },
  'procfile-invalid-line': {
    what: "A Procfile line that is not a `name: command` entry: no colon, a name with characters other than letters, digits, `_` and `-`, an indented entry, or an entry with no command.",
    why: "Procfile readers match `^[A-Za-z0-9_-]+:\\s*(.+)$` on each line and skip anything else silently. An indented `custom_web` entry is therefore not a web server at all, and Passenger serves the app.",
    fix: "Write each process as `name: command` at the start of its line; comments start with `#`."
  },
  'server-gem-not-locked': {
    what: "The `custom_web` command runs the server through Bundler (`bundle exec` or a binstub), but Gemfile.lock does not lock the server's gem.",
    why: "Bundler only runs executables of gems in the bundle; `bundle exec unicorn_rails` in an app that locks only Puma exits with \"command not found\" and the web server never starts.",
    fix: "Add the gem to the Gemfile (`gem \"unicorn\"`) and run `bundle install`, or run the server the bundle has."
  },
  'thin-config-shell-variable': {
    what: "A value in the Thin YAML file named by `-C` contains a shell-style `$VARIABLE` (`chdir: $RAILS_STACK_PATH`, `socket: $CUSTOM_WEB_SOCKET_FILE`).",
    why: "Thin reads its `-C` file with `YAML.load(ERB.new(File.read(file)).result)` and assigns every key over the command line (`load_options_from_config_file!` in `lib/thin/runner.rb`). ERB tags are evaluated, shell variables are not: the value is the literal text. A `chdir` to a folder named `$RAILS_STACK_PATH` makes Thin exit at start (`custom-web-fails-to-boot`); a `socket` or `pid` path with a `$` is a relative path under the app folder. The YAML file overrides the command line, so a correct `--socket` on the Procfile line does not help (measured).",
    fix: "Write the value itself, or an ERB tag: `chdir: <%= ENV[\"STACK_PATH\"] %>`. For the socket and PID file, the literal paths `/tmp/web_server.sock` and `/tmp/web_server.pid` are what Cloud 66 expects."
  },
  'thin-pid-needs-daemon': {
    what: "The `custom_web` line runs Thin in the foreground under systemd.",
    why: "Thin writes its PID file only when it daemonizes (`write_pid_file` is called from `Daemonizable#daemonize`; measured: the documented Cloud 66 line without `-d` serves the socket and never writes `/tmp/web_server.pid`). Under systemd the web server must not daemonize. Cloud 66's documented Thin line therefore cannot meet both requirements; this is a warning because how Cloud 66 copes is not documented.",
    fix: "Prefer Puma or Unicorn, which write a PID file in the foreground; or confirm with Cloud 66 support how your stack tracks Thin."
  },
  'custom-web-unset-variable': {
    what: "The `custom_web` line uses `$NAME` (or `${NAME}`) of a variable that the prediction environment does not set: anything but `RACK_ENV`, `RAILS_ENV`, `STACK_PATH`, `RAILS_STACK_PATH`, `CUSTOM_WEB_SOCKET_FILE` and `CUSTOM_WEB_PID_FILE` (contract §4).",
    why: "rack-check predicts the line as written. An unset variable expands to nothing: the shell drops an unquoted word that was only the variable, and the server's option parser then sees the words that remain — Ruby's OptionParser gives a required argument the next word whatever it looks like, so `-p $PORT -b unix:///tmp/web_server.sock` becomes a port `-b` and a stray argument (see docs/configuration.md, \"Variables on the command line\"). Cloud 66 does substitute the app's own environment variables in Procfile commands (cloud66.md §2.5), so the message says in one clause what changes when the app defines the variable; the other findings of the line describe what happens as written.",
    fix: "Write the value into the line (`-p 3000` is rarely needed at all: Nginx uses the socket), use `${NAME:-default}` so the line works either way, or define the variable among the app's environment variables and keep this warning in mind.",
    autofix: "`-p $PORT` is removed (Nginx uses the socket, not the port); other variables are left to you (define them, or use `${NAME:-default}`)."
  },
  'custom-web-fails-on-every-version': {
    what: "With no version of the server gem locked in Gemfile.lock, rack-check models every version band; this rule fires when every band breaks Cloud 66's contract (start, stay in the foreground, serve /tmp/web_server.sock, write /tmp/web_server.pid) — in different ways.",
    why: "Which version Bundler installs is not known, but it does not matter when all of them fail. The Bluepill-era Puma line with `-d` is the common case: below Puma 5.0 `-d` daemonizes and systemd loses the server, from 5.0 on `-d` is refused and Puma exits at start (measured on 3.12.6, 4.3.12, 5.6.5, 6.6.1, 7.2.1 and 8.0.2). A version-limited problem would otherwise be a warning; when every band fails it is an error, and this one finding says what happens on which versions (`custom-web-fails-to-boot` and `custom-web-undecided` then stay quiet about the version-limited parts). Under `--process-manager bluepill` daemonizing is allowed and does not count.",
    fix: "Fix what each version needs (for `-d`: remove it), and lock the server gem in Gemfile.lock so that one version is modelled.",
    autofix: "when every version fails on the same flag (Puma's `-d`), it is removed."
  },
  'app-not-rack': {
    what: "The folder has a Procfile or `.cloud66/` files but no Gemfile, gems.rb, Gemfile.lock, gems.locked or config.ru, no Procfile entry runs through `bundle exec`, no `rails:`/`rack:` section in the manifest, and neither its `custom_web` nor its `web` line runs a Ruby web server.",
    why: "rack-check's rules are about Cloud 66's Rack stack: `custom_web`, Passenger, the Ruby servers and their restart signals. A Node.js app runs its `web:` line on Cloud 66, so \"Cloud 66 ignores `web:` on Rack apps\" would be wrong advice there. The Rack rules are skipped for such a folder; the rules about the files themselves (YAML syntax, duplicate keys, Procfile lines, manifest keys, unreadable files) still run.",
    fix: "Nothing to fix if the app is not a Rack app. If it is, add its Gemfile and Gemfile.lock."
  },
  'cloud66-folder-misplaced': {
    what: "The repository has no `.cloud66/` folder at its root, but keeps Cloud 66 files elsewhere: `config/cloud/cloud66/manifest.yml`, `config/cloud/cloud66/deploy_hooks.yml`, `config/cloud/cloud66/files/Procfile`, `cloud66/…`.",
    why: "Cloud 66 reads `.cloud66/manifest.yml` and `.cloud66/deploy_hooks.yml` from the repository root only (cloud66.md §3.1, §7.1). Discourse, diaspora and errbit forks keep the files in `config/cloud/cloud66/` and link `.cloud66` to that folder; a fork that lost the link has files Cloud 66 never reads. rack-check does not check them in that place either.",
    fix: "Move the folder to `.cloud66/` at the root, or add the symlink: `ln -s config/cloud/cloud66 .cloud66`."
  },
  'passenger-enterprise-with-custom-web': {
    what: "`.cloud66/passenger-enterprise-license` is present and the Procfile has a `custom_web` line.",
    why: "The license makes Cloud 66 install Passenger Enterprise on Passenger-based servers (cloud66.md §9); a `custom_web` line replaces Passenger with another server, so the license does nothing. rack-check never reads the license file's content.",
    fix: "Keep one of the two: remove `custom_web` to serve the app with Passenger Enterprise, or remove the license file."
  },
  'web-without-custom-web': {
    what: "The Procfile has a `web:` entry and no `custom_web:` entry.",
    why: "On Rails/Rack apps Cloud 66 ignores `web:` (to stay compatible with Heroku Procfiles) and serves the app with Passenger. A `web:` line that binds `/tmp/web_server.sock` is the right command under the wrong name.",
    fix: "Rename the entry to `custom_web` if this server should serve the app — before the app is first built: per Cloud 66's docs a switch to or from Passenger is not applied to an existing app.",
    autofix: "when the `web:` command serves the socket, it is renamed `custom_web` — remember the Passenger caveat above."
  },
  'check-incomplete': {
    what: "rack-check could not finish checking part of the app:\n\n- its Ruby parser (Prism's WebAssembly) gave up on a config file: nested deeper than Prism's stack holds, not finished within its budget of 100 million steps, a trap inside Prism, or a result it could not decode (warning);\n- a YAML file is nested deeper than rack-check reads (200 levels of text, 64 levels of values), or its aliases copy more than 4 MiB of text (warning);\n- the app has more than 10,000 findings: the 10,000 most severe are reported, and this warning says how many more of each severity there are (warning);\n- the analysis of the app stopped on an internal error (error): the rest of the run is still reported, this app's findings are incomplete.",
    why: "Everything in a pull request is input, and a file crafted to exhaust a parser must not hang or crash the check and lose every other finding. Each limit is documented in [docs/robustness.md](../robustness.md). A file that hits one of rack-check's limits may still be fine for Cloud 66 and the server, so rack-check says what it could not check instead of guessing.",
    fix: "Simplify the nesting of the file named, or check it by hand. For an internal error, run again with `RACK_CHECK_DEBUG=1` and report it.",
    severityNote: " (a warning when rack-check's own parser gave up on one file)",
    index: "rack-check could not finish checking part of the app: its Ruby parser gave up on a config file (nested too deeply, out of time), or the app's analysis stopped on an internal error.",
    describe: {
      "bad/config/puma.rb": "`config/puma.rb` has a `bind` nested 400 parentheses deep.",
      "good/config/puma.rb": "`config/puma.rb` writes `bind ((\\\"unix:///tmp/web_server.sock\\\"))`."
    }
  },
  'suppression-unused': {
    what: "A `# rack-check:` comment that does nothing: it names a rule id that does not exist, it suppresses a rule that reports nothing where the directive applies (its own line after other text, the next line when it stands alone, the whole file for `disable-file`), or it is not written as a directive.",
    why: "Suppressions outlive the findings they were written for: once the line is fixed, a stale `disable=` would silently hide the next real problem there. ESLint (`--report-unused-disable-directives`) and hadolint report them the same way. Only comments count — found by the YAML parser, Prism and the shell's own rules — so a `#` inside a string is never read as a directive.",
    fix: "Remove the directive, correct the rule id (docs/rules/README.md lists them), or move it to the line it is meant for."
  }
}
