-- The functions audience SQL may call, one example each (DuckDB dialect).
-- The guard parses this file and allows exactly the functions it finds here;
-- anything else (file readers, getenv, current_setting, table functions...) is
-- rejected. Add a function by adding an example line and a test.
SELECT
  -- aggregates
  count(x), count(DISTINCT x), count(*), sum(x), avg(x), min(x), max(x), count_if(x), any_value(x),
  median(x), quantile_cont(x, 0.9), quantile_disc(x, 0.9), stddev(x), bool_and(x), bool_or(x),
  arg_max(x, y), arg_min(x, y), mode(x), string_agg(x, ','),
  -- window functions
  row_number() OVER (), rank() OVER (), dense_rank() OVER (), percent_rank() OVER (), cume_dist() OVER (),
  ntile(10) OVER (), lag(x) OVER (), lead(x) OVER (), first_value(x) OVER (), last_value(x) OVER (),
  -- conditionals and casts
  coalesce(x, y), nullif(x, y), greatest(x, y), least(x, y), if(x, y, z), CAST(x AS INTEGER), TRY_CAST(x AS INTEGER),
  -- numbers
  abs(x), round(x, 2), floor(x), ceil(x), ln(x), exp(x), power(x, 2), sqrt(x), sign(x),
  -- text
  lower(x), upper(x), trim(x), length(x), substring(x, 1, 2), concat(x, y), replace(x, 'a', 'b'),
  starts_with(x, 'a'), ends_with(x, 'a'), contains(x, 'a'), strip_accents(x), regexp_matches(x, 'a'), left(x, 2), right(x, 2),
  -- dates and times
  date_diff('day', x, y), date_part('year', x), date_trunc('month', x), EXTRACT(year FROM x),
  year(x), month(x), day(x), dayofweek(x), week(x), quarter(x), make_date(2026, 1, 1), strftime(x, '%m-%d'),
  last_day(x), to_days(1), to_months(1), to_years(1), epoch(x),
  -- lists (for vocabularies)
  list_contains(x, 'a'), len(x)
  ,
  -- constructs sqlglot models as functions
  CASE WHEN x THEN 1 ELSE 0 END, x BETWEEN 1 AND 2, x IN (1, 2), INTERVAL 6 MONTH, EXISTS (SELECT 1),
  x LIKE 'a%', x ILIKE 'a%', x IS NULL, [1, 2], x::DATE, DATE '2026-01-01', TIMESTAMP '2026-01-01 00:00:00'
