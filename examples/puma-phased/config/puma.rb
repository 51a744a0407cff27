workers Integer(ENV.fetch("WEB_CONCURRENCY", 2))
threads 5, 5
# phased restarts need the app not preloaded; prune_bundler also loads new gems on each restart
prune_bundler
# restarts come back in the deploy folder, not the release it resolved to at start (Cloud 66's Puma page)
directory ENV.fetch("STACK_PATH") { "." }
