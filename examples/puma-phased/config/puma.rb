workers Integer(ENV.fetch("WEB_CONCURRENCY", 2))
threads 5, 5
# phased restarts need the app not preloaded; prune_bundler also loads new gems on each restart
prune_bundler
