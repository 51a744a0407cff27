# The web server setup of bikeindex/bike_index before its PR #3991 (docs/research/cloud66.md#bike_index-pr-3991):
# workers (WEB_CONCURRENCY, default 3) with preload_app!, the folder from STACK_PATH, and no
# restart_signal, so Cloud 66 sends Puma's default USR2. Puma reads this file by default.
workers ENV.fetch("WEB_CONCURRENCY") { 3 }
threads 5, 5
preload_app!
directory ENV.fetch("STACK_PATH") { "." }
