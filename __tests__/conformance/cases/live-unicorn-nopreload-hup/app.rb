App = ->(env) { [200, { "content-type" => "text/plain" }, ["v1\n"]] }
