# Loads each YAML file named on stdin (one path a line) with Ruby's Psych, as Cloud 66 may read a
# manifest or deploy hooks file, and prints one JSON object a line (psych.test.ts compares them with
# rack-check's reading). ERB control tags (`<% … %>`) are blanked first, as rack-check does
# (src/model/yaml-tree.ts), keeping every line and column.
require 'yaml'
require 'json'
require 'date'

def kind(v)
  case v
  when Hash then 'map'
  when Array then 'seq'
  when String then 'string'
  when nil then 'null'
  when true, false then 'boolean'
  when Integer, Float then 'number'
  else v.class.name
  end
end

# Where Psych's parser ends the first document (the event `YAML.load` returns at), 1-based.
class FirstEnd < Psych::Handler
  attr_reader :at
  def event_location(start_line, start_column, _end_line, _end_column)
    @loc = [start_line + 1, start_column + 1]
  end
  def end_document(implicit)
    @at = { line: @loc[0], column: @loc[1], implicit: implicit }
    throw :first_end
  end
end

def attempt
  { ok: true, value: yield }
rescue Psych::SyntaxError => e
  { ok: false, error: e.class.name, problem: e.problem, line: e.line, column: e.column }
rescue StandardError => e
  { ok: false, error: e.class.name, message: e.message[0, 200] }
end

# first line: which Ruby and Psych answered
puts JSON.generate(ruby: RUBY_VERSION, psych: Psych::VERSION, libyaml: Psych::LIBYAML_VERSION)
$stdin.each_line do |line|
  path = line.chomp
  next if path.empty?
  text = File.read(path, mode: 'rb').force_encoding('UTF-8')
  text = text.gsub(/<%(?!=).*?%>/m) { |t| t.gsub(/[^\n]/, ' ') }
  out = { path: path }
  unsafe = attempt { YAML.unsafe_load(text) }
  if unsafe[:ok]
    v = unsafe.delete(:value)
    unsafe[:kind] = kind(v)
    unsafe[:keys] = v.map { |k, x| [k.to_s, kind(x)] } if v.is_a?(Hash)
  end
  out[:unsafe_load] = unsafe
  safe = attempt { YAML.load(text) }
  safe.delete(:value)
  out[:load] = safe
  handler = FirstEnd.new
  first = attempt { catch(:first_end) { Psych::Parser.new(handler).parse(text) }; handler.at }
  out[:first_end] = first[:ok] ? first[:value] : nil
  stream = attempt { YAML.load_stream(text).size }
  out[:stream] = stream[:ok] ? { ok: true, count: stream[:value] } : stream
  puts JSON.generate(out)
end
