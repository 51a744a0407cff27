File.write("/tmp/puma_config_loaded", "yes")
pidfile "/tmp/from_config.pid"
