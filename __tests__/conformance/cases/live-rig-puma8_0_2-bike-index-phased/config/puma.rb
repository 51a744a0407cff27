# bikeindex/bike_index after its PR #3991 (docs/research/cloud66.md#bike_index-pr-3991): prune_bundler
# instead of preload_app! (a phased restart needs preload off), worker_shutdown_timeout 45, and
# restart_signal usr1 in .cloud66/manifest.yml.
workers ENV.fetch("WEB_CONCURRENCY") { 3 }
threads 5, 5
prune_bundler
worker_shutdown_timeout 45
directory ENV.fetch("STACK_PATH") { "." }
