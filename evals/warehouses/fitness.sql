-- The PulseFit warehouse: a chain of 60 gyms in the UK, Ireland, France and Belgium, with a member app, a shop
-- and personal training. 12,000 people in the CRM (current and former members, leads, day-pass buyers), three
-- years of behaviour (2023-10-01 .. as_of 2026-09-30), memberships back to 2020, annual terms ending after as_of
-- and class bookings for the next two weeks. A Kimball star (dw.dim_* / dw.fct_*) with surrogate keys (*_sk),
-- integer yyyymmdd date keys (date_sk), an SCD type-2 history of each member's plan (dw.dim_member_plan_hist),
-- coded values whose meaning only the catalog gives (plan, billing, status, reason, channel codes), and the CRM's
-- consent and do-not-contact tables in crm, keyed by the CRM's natural member_id. Deterministic: every draw is a
-- hash. Runs on an empty in-memory DuckDB in a few seconds.
-- Catalog: schema_catalog/catalogs/fitness.yaml; blind set: evals/fitness/
CREATE MACRO r(k, s) AS ((hash(k, s, 59) % 1000003)::DOUBLE / 1000003.0);
CREATE MACRO dk(d) AS (year(d) * 10000 + month(d) * 100 + day(d))::INTEGER;
CREATE MACRO kd(k) AS (make_date((k // 10000)::BIGINT, ((k // 100) % 100)::BIGINT, (k % 100)::BIGINT));
CREATE SCHEMA meta; CREATE SCHEMA dw; CREATE SCHEMA crm; CREATE SCHEMA stg;
CREATE TABLE meta.warehouse AS SELECT DATE '2026-09-30' AS as_of, TIMESTAMP '2026-10-01 04:10:00' AS loaded_at;

CREATE TABLE dw.dim_date AS
SELECT dk(d) AS date_sk, d AS full_date, year(d)::SMALLINT AS year_num, quarter(d)::SMALLINT AS quarter_num,
       month(d)::SMALLINT AS month_num, strftime(d, '%B') AS month_name, isodow(d)::SMALLINT AS iso_weekday,
       strftime(d, '%A') AS day_name, (isodow(d) >= 6) AS is_weekend
FROM (SELECT unnest(range(DATE '2018-01-01', DATE '2028-01-01', INTERVAL 1 DAY))::DATE AS d);

-- format_cd: FLG flagship (pool, spa, full studio timetable), STD standard club, EXP express (24/7 gym floor, no
-- studio: no group classes). region_cd: LDN London, UKN North of England & Scotland, UKM Midlands & South West,
-- DUB Dublin, IER rest of Ireland, IDF Paris / Ile-de-France, FRS South of France, FRN North of France,
-- BXL Brussels, WAL Wallonia, VLA Flanders.
CREATE TABLE dw.dim_club AS
SELECT club_sk::INTEGER AS club_sk, club_code, 'PulseFit ' || club_name AS club_name, city, country_cd, region_cd,
       format_cd, (format_cd = 'FLG') AS has_pool, opened_date::DATE AS opened_date,
       CASE country_cd WHEN 'GB' THEN 'GBP' ELSE 'EUR' END AS currency_cd
FROM (VALUES
  (1, 'LDN01', 'London Canary Wharf', 'London', 'GB', 'LDN', 'FLG', '2014-03-01'),
  (2, 'LDN02', 'London Shoreditch', 'London', 'GB', 'LDN', 'STD', '2015-06-01'),
  (3, 'LDN03', 'London Clapham', 'London', 'GB', 'LDN', 'STD', '2015-09-01'),
  (4, 'LDN04', 'London Islington', 'London', 'GB', 'LDN', 'STD', '2016-01-15'),
  (5, 'LDN05', 'London Stratford', 'London', 'GB', 'LDN', 'EXP', '2017-04-01'),
  (6, 'LDN06', 'London Hammersmith', 'London', 'GB', 'LDN', 'STD', '2016-05-01'),
  (7, 'LDN07', 'London Camden', 'London', 'GB', 'LDN', 'EXP', '2018-02-01'),
  (8, 'LDN08', 'London Wimbledon', 'London', 'GB', 'LDN', 'STD', '2017-09-01'),
  (9, 'LDN09', 'London Kensington', 'London', 'GB', 'LDN', 'FLG', '2013-10-01'),
  (10, 'LDN10', 'London Croydon', 'London', 'GB', 'LDN', 'EXP', '2019-03-01'),
  (11, 'LDN11', 'London Greenwich', 'London', 'GB', 'LDN', 'STD', '2018-06-01'),
  (12, 'LDN12', 'London Holborn', 'London', 'GB', 'LDN', 'STD', '2019-09-01'),
  (13, 'MAN01', 'Manchester Deansgate', 'Manchester', 'GB', 'UKN', 'FLG', '2015-02-01'),
  (14, 'MAN02', 'Manchester Salford Quays', 'Manchester', 'GB', 'UKN', 'STD', '2017-01-01'),
  (15, 'MAN03', 'Manchester Didsbury', 'Manchester', 'GB', 'UKN', 'EXP', '2024-06-01'),
  (16, 'BHM01', 'Birmingham Brindleyplace', 'Birmingham', 'GB', 'UKM', 'STD', '2016-03-01'),
  (17, 'BHM02', 'Birmingham Edgbaston', 'Birmingham', 'GB', 'UKM', 'EXP', '2018-10-01'),
  (18, 'BHM03', 'Birmingham Bullring', 'Birmingham', 'GB', 'UKM', 'STD', '2019-05-01'),
  (19, 'LDS01', 'Leeds City', 'Leeds', 'GB', 'UKN', 'STD', '2017-07-01'),
  (20, 'LDS02', 'Leeds Headingley', 'Leeds', 'GB', 'UKN', 'EXP', '2020-01-15'),
  (21, 'BRS01', 'Bristol Harbourside', 'Bristol', 'GB', 'UKM', 'STD', '2016-09-01'),
  (22, 'BRS02', 'Bristol Clifton', 'Bristol', 'GB', 'UKM', 'EXP', '2019-11-01'),
  (23, 'GLA01', 'Glasgow Merchant City', 'Glasgow', 'GB', 'UKN', 'STD', '2017-03-01'),
  (24, 'GLA02', 'Glasgow West End', 'Glasgow', 'GB', 'UKN', 'EXP', '2020-02-01'),
  (25, 'EDI01', 'Edinburgh Leith', 'Edinburgh', 'GB', 'UKN', 'STD', '2018-04-01'),
  (26, 'EDI02', 'Edinburgh Haymarket', 'Edinburgh', 'GB', 'UKN', 'FLG', '2016-11-01'),
  (27, 'DUB01', 'Dublin Docklands', 'Dublin', 'IE', 'DUB', 'FLG', '2016-04-01'),
  (28, 'DUB02', 'Dublin Rathmines', 'Dublin', 'IE', 'DUB', 'STD', '2017-02-01'),
  (29, 'DUB03', 'Dublin Swords', 'Dublin', 'IE', 'DUB', 'EXP', '2019-06-01'),
  (30, 'DUB04', 'Dublin Sandyford', 'Dublin', 'IE', 'DUB', 'STD', '2018-09-01'),
  (31, 'DUB05', 'Dublin Blanchardstown', 'Dublin', 'IE', 'DUB', 'EXP', '2020-03-01'),
  (32, 'ORK01', 'Cork City', 'Cork', 'IE', 'IER', 'STD', '2018-01-01'),
  (33, 'ORK02', 'Cork Douglas', 'Cork', 'IE', 'IER', 'EXP', '2021-05-01'),
  (34, 'GWY01', 'Galway', 'Galway', 'IE', 'IER', 'STD', '2025-03-01'),
  (35, 'PAR01', 'Paris Bastille', 'Paris', 'FR', 'IDF', 'FLG', '2015-10-01'),
  (36, 'PAR02', 'Paris Montparnasse', 'Paris', 'FR', 'IDF', 'STD', '2016-09-01'),
  (37, 'PAR03', 'Paris Opéra', 'Paris', 'FR', 'IDF', 'STD', '2017-01-01'),
  (38, 'PAR04', 'Paris Batignolles', 'Paris', 'FR', 'IDF', 'STD', '2018-03-01'),
  (39, 'PAR05', 'Paris Nation', 'Paris', 'FR', 'IDF', 'EXP', '2019-01-01'),
  (40, 'PAR06', 'Paris République', 'Paris', 'FR', 'IDF', 'STD', '2017-06-01'),
  (41, 'PAR07', 'Paris Bercy', 'Paris', 'FR', 'IDF', 'EXP', '2020-09-01'),
  (42, 'PAR08', 'Paris Auteuil', 'Paris', 'FR', 'IDF', 'STD', '2018-11-01'),
  (43, 'LYS01', 'Lyon Part-Dieu', 'Lyon', 'FR', 'FRS', 'FLG', '2016-02-01'),
  (44, 'LYS02', 'Lyon Confluence', 'Lyon', 'FR', 'FRS', 'STD', '2018-05-01'),
  (45, 'LYS03', 'Lyon Villeurbanne', 'Villeurbanne', 'FR', 'FRS', 'EXP', '2021-01-15'),
  (46, 'MRS01', 'Marseille Prado', 'Marseille', 'FR', 'FRS', 'STD', '2017-10-01'),
  (47, 'MRS02', 'Marseille Joliette', 'Marseille', 'FR', 'FRS', 'EXP', '2020-06-01'),
  (48, 'BOD01', 'Bordeaux Chartrons', 'Bordeaux', 'FR', 'FRS', 'STD', '2019-02-01'),
  (49, 'LIL01', 'Lille Euralille', 'Lille', 'FR', 'FRN', 'STD', '2017-05-01'),
  (50, 'LIL02', 'Lille Villeneuve-d''Ascq', 'Villeneuve-d''Ascq', 'FR', 'FRN', 'EXP', '2021-09-01'),
  (51, 'BRU01', 'Bruxelles Louise', 'Bruxelles', 'BE', 'BXL', 'FLG', '2016-06-01'),
  (52, 'BRU02', 'Bruxelles Schuman', 'Bruxelles', 'BE', 'BXL', 'STD', '2017-09-01'),
  (53, 'BRU03', 'Bruxelles Ixelles', 'Bruxelles', 'BE', 'BXL', 'STD', '2018-01-01'),
  (54, 'BRU04', 'Bruxelles Uccle', 'Bruxelles', 'BE', 'BXL', 'EXP', '2020-10-01'),
  (55, 'BRU05', 'Bruxelles Woluwe', 'Bruxelles', 'BE', 'BXL', 'STD', '2019-04-01'),
  (56, 'LGG01', 'Liège Guillemins', 'Liège', 'BE', 'WAL', 'STD', '2018-08-01'),
  (57, 'LGG02', 'Liège Médiacité', 'Liège', 'BE', 'WAL', 'EXP', '2021-03-01'),
  (58, 'NAM01', 'Namur', 'Namur', 'BE', 'WAL', 'STD', '2019-10-01'),
  (59, 'ANR01', 'Antwerpen Meir', 'Antwerpen', 'BE', 'VLA', 'STD', '2019-01-01'),
  (60, 'GNE01', 'Gent Zuid', 'Gent', 'BE', 'VLA', 'EXP', '2026-02-01'))
  AS c(club_sk, club_code, club_name, city, country_cd, region_cd, format_cd, opened_date);

-- plan_cd: OFP off-peak (weekdays 10:00-16:00 and after 20:00, weekends), STD standard, PRM premium (every club),
-- STU student (under 26, with a student card), CRP corporate (through an employer partnership).
-- billing_cd: M rolling monthly direct debit, A annual (paid upfront, 12-month term, 10 months' price).
CREATE TABLE dw.dim_plan AS
SELECT (row_number() OVER (ORDER BY p.ord, b.ord))::INTEGER AS plan_sk, p.plan_cd, b.billing_cd,
       p.plan_name || CASE b.billing_cd WHEN 'M' THEN ' (monthly)' ELSE ' (annual)' END AS plan_name,
       p.fee_gbp::DECIMAL(8, 2) AS monthly_fee_gbp, p.fee_eur::DECIMAL(8, 2) AS monthly_fee_eur,
       (p.plan_cd = 'PRM') AS all_clubs_access, (p.plan_cd <> 'OFP') AS peak_access
FROM (VALUES (1, 'OFP', 'Off-Peak', 22.99, 24.99), (2, 'STD', 'Standard', 32.99, 34.99),
             (3, 'PRM', 'Premium', 49.99, 54.99), (4, 'STU', 'Student', 18.99, 19.99),
             (5, 'CRP', 'Corporate', 27.99, 29.99)) p(ord, plan_cd, plan_name, fee_gbp, fee_eur)
CROSS JOIN (VALUES (1, 'M'), (2, 'A')) b(ord, billing_cd);

-- category_cd: MB mind & body, CAR cardio, STR strength, CMB combat, DAN dance, AQU aqua (pool clubs only)
CREATE TABLE dw.dim_class_type AS
SELECT * FROM (VALUES
  (1, 'YOG', 'Yoga', 'MB', 60, 'L'), (2, 'PIL', 'Pilates', 'MB', 50, 'L'), (3, 'SPN', 'Spin', 'CAR', 45, 'H'),
  (4, 'HIT', 'HIIT', 'CAR', 30, 'H'), (5, 'BOX', 'Boxfit', 'CMB', 45, 'H'), (6, 'BPM', 'Body Pump', 'STR', 55, 'M'),
  (7, 'ZMB', 'Zumba', 'DAN', 45, 'M'), (8, 'AQA', 'Aquafit', 'AQU', 45, 'L'), (9, 'CRC', 'Circuit Training', 'STR', 45, 'M'),
  (10, 'STR', 'Stretch & Mobility', 'MB', 30, 'L'))
  AS t(class_type_sk, class_code, class_name, category_cd, duration_min, intensity_cd);

-- category_cd: DRK drinks, SUP supplements, MER merchandise, PTP personal-training packs, PAS passes (day, guest)
CREATE TABLE dw.dim_product AS
SELECT product_sk::INTEGER AS product_sk, sku, product_name, category_cd, unit_price_gbp::DECIMAL(8, 2) AS unit_price_gbp,
       unit_price_eur::DECIMAL(8, 2) AS unit_price_eur, pt_sessions::SMALLINT AS pt_sessions
FROM (VALUES
  (1, 'DRK-WAT', 'Still water 50cl', 'DRK', 1.20, 1.50, NULL), (2, 'DRK-ISO', 'Isotonic drink', 'DRK', 2.30, 2.80, NULL),
  (3, 'DRK-SHK', 'Protein shake (bar)', 'DRK', 4.20, 4.90, NULL), (4, 'DRK-COF', 'Coffee', 'DRK', 2.20, 2.50, NULL),
  (5, 'SUP-WHY', 'Whey protein 1kg', 'SUP', 29.90, 34.90, NULL), (6, 'SUP-BAR', 'Protein bar', 'SUP', 2.40, 2.90, NULL),
  (7, 'SUP-CRE', 'Creatine 300g', 'SUP', 21.90, 24.90, NULL), (8, 'SUP-PRE', 'Pre-workout 300g', 'SUP', 25.90, 29.90, NULL),
  (9, 'MER-TEE', 'PulseFit T-shirt', 'MER', 21.90, 24.90, NULL), (10, 'MER-BOT', 'Shaker bottle', 'MER', 8.50, 9.90, NULL),
  (11, 'MER-TWL', 'Gym towel', 'MER', 12.90, 14.90, NULL), (12, 'MER-HOD', 'PulseFit hoodie', 'MER', 42.90, 49.90, NULL),
  (13, 'MER-GLV', 'Boxing gloves', 'MER', 34.90, 39.90, NULL),
  (14, 'PT-05', 'Personal training pack x5', 'PTP', 195.00, 225.00, 5),
  (15, 'PT-10', 'Personal training pack x10', 'PTP', 360.00, 420.00, 10),
  (16, 'PT-20', 'Personal training pack x20', 'PTP', 670.00, 780.00, 20),
  (17, 'PAS-DAY', 'Day pass', 'PAS', 12.00, 15.00, NULL), (18, 'PAS-GST', 'Guest pass', 'PAS', 8.00, 10.00, NULL))
  AS p(product_sk, sku, product_name, category_cd, unit_price_gbp, unit_price_eur, pt_sessions);

-- People: kind MEM (held a membership at some point), LEAD (enquired, never joined), DPS (bought day passes only)
CREATE TABLE stg.person AS
WITH b AS (
  SELECT i, r(i, 'type') AS rt,
         CASE WHEN r(i, 'ctry') < 0.43 THEN 'GB' WHEN r(i, 'ctry') < 0.56 THEN 'IE'
              WHEN r(i, 'ctry') < 0.83 THEN 'FR' ELSE 'BE' END AS country_cd
  FROM range(1, 12001) t(i)),
cn AS (
  SELECT club_sk, country_cd, opened_date, row_number() OVER (PARTITION BY country_cd ORDER BY club_sk) - 1 AS n,
         count(*) OVER (PARTITION BY country_cd) AS cnt
  FROM dw.dim_club)
SELECT b.i, b.country_cd, cn.club_sk AS home_club_sk, cn.opened_date AS club_opened,
       CASE WHEN rt < 0.10 THEN 'LEAD' WHEN rt < 0.17 THEN 'DPS' ELSE 'MEM' END AS kind,
       DATE '2026-09-30' - (floor((16 + pow(r(i, 'age'), 1.25) * 58) * 365.25) + floor(r(i, 'agd') * 365))::INT AS birth_date,
       0.15 + pow(r(i, 'freq'), 1.5) * 4.2 AS visits_per_week,
       r(i, 'quiet') < 0.17 AS quiet,
       21 + floor(pow(r(i, 'qd'), 1.3) * 220)::INT AS quiet_days,
       r(i, 'app') < 0.55 AS app_user,
       r(i, 'cls') < 0.50 AS class_goer
FROM b JOIN cn ON cn.country_cd = b.country_cd AND cn.n = floor(r(b.i, 'club') * cn.cnt);

-- Memberships (contracts). Monthly: rolling, cancelled with one month's notice (end = notice + 30 days).
-- Annual: one row per 12-month term, each renewal a new row pointing at the previous term.
CREATE TABLE stg.ms AS
WITH p AS (
  SELECT i, birth_date, home_club_sk,
         greatest(DATE '2026-09-30' - floor(pow(r(i, 'st'), 1.2) * 2300)::INT, club_opened) AS start0,
         r(i, 'bill') < 0.27 AS annual,
         45 + floor(pow(r(i, 'dur'), 1.45) * 2900)::INT AS dur
  FROM stg.person WHERE kind = 'MEM'),
m AS (
  SELECT i, home_club_sk, birth_date, 0 AS seq, 'M' AS billing_cd, start0 AS start_date,
         CASE WHEN start0 + dur > DATE '2026-09-30' + 30 THEN NULL ELSE start0 + dur END AS end_date, false AS renewed
  FROM p WHERE NOT annual
  UNION ALL
  SELECT i, home_club_sk, birth_date, t AS seq, 'A', (start0 + to_years(t::INT))::DATE,
         (start0 + to_years(t::INT + 1))::DATE - 1,
         t < floor(dur / 365) AND (start0 + to_years(t::INT + 1))::DATE <= DATE '2026-09-30'
  FROM p, unnest(range(1 + floor(dur / 365)::INT)) u(t)
  WHERE annual AND (start0 + to_years(t::INT))::DATE <= DATE '2026-09-30'),
ended AS (   -- former members who came back: a new rolling monthly membership 2 to 18 months after the end
  SELECT i, home_club_sk, birth_date, 10 AS seq, 'M' AS billing_cd,
         end_date + 60 + floor(r(i, 'rjd') * 480)::INT AS start_date, NULL::DATE AS end_date, false AS renewed
  FROM m
  WHERE end_date IS NOT NULL AND NOT renewed AND end_date <= DATE '2026-09-30' - 60 AND r(i, 'rej') < 0.2
    AND end_date + 60 + floor(r(i, 'rjd') * 480)::INT <= DATE '2026-09-30')
SELECT *, i * 100 + seq AS mk FROM (SELECT * FROM m UNION ALL SELECT * FROM ended);

CREATE TABLE stg.ms2 AS
SELECT ms.*,
       CASE WHEN date_diff('year', birth_date, start_date) < 26 AND r(mk, 'stu') < 0.5 THEN 'STU'
            WHEN r(mk, 'pl') < 0.22 THEN 'OFP' WHEN r(mk, 'pl') < 0.62 THEN 'STD'
            WHEN r(mk, 'pl') < 0.83 THEN 'PRM' ELSE 'CRP' END AS plan0,
       -- annual terms share the contract's plan: draw it on the first term's key
       r(i * 100 + CASE WHEN seq >= 10 THEN seq ELSE 0 END, 'pl') AS rpl,
       CASE WHEN billing_cd = 'M' AND end_date IS NOT NULL THEN end_date - 30 END AS notice_date,
       least(coalesce(end_date, DATE '2026-09-30'), DATE '2026-09-30') AS last_day
FROM stg.ms;
UPDATE stg.ms2 SET plan0 = CASE WHEN date_diff('year', birth_date, start_date - to_years(seq::INT)) < 26 AND r(i * 100, 'stu') < 0.5 THEN 'STU'
            WHEN rpl < 0.22 THEN 'OFP' WHEN rpl < 0.62 THEN 'STD' WHEN rpl < 0.83 THEN 'PRM' ELSE 'CRP' END
WHERE billing_cd = 'A';

-- Freezes: 14% of contracts were frozen once (2 weeks to 4 months); 4% of running ones are frozen on as_of.
CREATE TABLE stg.fz AS
SELECT mk, i, fs AS freeze_start, least(fs + flen, coalesce(end_date, DATE '2099-12-31') - 1) AS freeze_end,
       CASE WHEN r(mk, 'fzr') < 0.34 THEN 'MED' WHEN r(mk, 'fzr') < 0.62 THEN 'TRV' WHEN r(mk, 'fzr') < 0.78 THEN 'WRK'
            WHEN r(mk, 'fzr') < 0.90 THEN 'FIN' ELSE 'OTH' END AS reason_cd
FROM (
  SELECT ms2.*,
         CASE WHEN end_date IS NULL AND r(mk, 'fznow') < 0.045 THEN DATE '2026-09-30' - floor(r(mk, 'fzn') * 45)::INT
              ELSE start_date + 15 + floor(r(mk, 'fzs') * greatest(1, last_day - start_date - 45))::INT END AS fs,
         CASE WHEN end_date IS NULL AND r(mk, 'fznow') < 0.045 THEN 50 + floor(r(mk, 'fzl') * 70)::INT
              ELSE 14 + floor(pow(r(mk, 'fzl'), 1.6) * 110)::INT END AS flen
  FROM stg.ms2
  WHERE (end_date IS NULL AND r(mk, 'fznow') < 0.045) OR (r(mk, 'fz') < 0.14 AND last_day - start_date > 75)) x
WHERE fs <= DATE '2026-09-30' AND fs >= start_date;

-- Plan changes within a rolling contract (upgrades and downgrades), the source of the plan history
CREATE TABLE stg.chg AS
SELECT mk, plan0,
       start_date + 20 + floor(r(mk, 'chd') * (last_day - start_date - 40))::INT AS change_date,
       CASE plan0 WHEN 'OFP' THEN 'STD' WHEN 'STD' THEN CASE WHEN r(mk, 'up') < 0.62 THEN 'PRM' ELSE 'OFP' END
                  WHEN 'PRM' THEN 'STD' WHEN 'STU' THEN CASE WHEN r(mk, 'up') < 0.5 THEN 'STD' ELSE 'OFP' END
                  ELSE 'STD' END AS plan1
FROM stg.ms2 WHERE billing_cd = 'M' AND last_day - start_date > 90 AND r(mk, 'chg') < 0.2;

CREATE TABLE dw.dim_member AS
WITH cur AS (
  SELECT i, bool_or(start_date <= DATE '2026-09-30' AND (end_date IS NULL OR end_date >= DATE '2026-09-30')) AS is_cur,
         min(start_date) AS first_start, max(home_club_sk) AS hc
  FROM stg.ms GROUP BY i)
SELECT p.i::INTEGER AS member_sk,
       (300000 + (p.i * 7919) % 100000)::INTEGER AS member_id,
       CASE WHEN p.country_cd IN ('GB', 'IE')
            THEN ['Oliver', 'Amelia', 'Jack', 'Olivia', 'Harry', 'Emily', 'Conor', 'Aoife', 'George', 'Isla', 'Sean',
                  'Grace', 'James', 'Sophie', 'Liam', 'Chloe', 'Noah', 'Ella', 'Callum', 'Niamh'][1 + floor(r(p.i, 'fn') * 20)::INT]
            ELSE ['Camille', 'Lucas', 'Léa', 'Hugo', 'Manon', 'Louis', 'Chloé', 'Nathan', 'Emma', 'Jules', 'Inès', 'Arthur',
                  'Louise', 'Noah', 'Sarah', 'Mathis', 'Lotte', 'Lars', 'Julie', 'Maxime'][1 + floor(r(p.i, 'fn') * 20)::INT]
       END AS first_name,
       CASE WHEN p.country_cd IN ('GB', 'IE')
            THEN ['Smith', 'Jones', 'Taylor', 'Brown', 'Murphy', 'Kelly', 'Walsh', 'Wilson', 'Evans', 'Byrne',
                  'Thomas', 'Roberts', 'Campbell', 'O''Brien', 'Patel', 'Khan'][1 + floor(r(p.i, 'ln') * 16)::INT]
            ELSE ['Martin', 'Bernard', 'Dubois', 'Durand', 'Leroy', 'Moreau', 'Peeters', 'Janssens', 'Maes', 'Lambert',
                  'Dupont', 'Fontaine', 'Girard', 'Mercier', 'Claes', 'Lefebvre'][1 + floor(r(p.i, 'ln') * 16)::INT]
       END AS last_name,
       'member' || p.i || '@mail.example' AS email,
       CASE WHEN r(p.i, 'ph') < 0.15 THEN NULL
            ELSE CASE p.country_cd WHEN 'GB' THEN '+447' WHEN 'IE' THEN '+3538' WHEN 'FR' THEN '+336' ELSE '+324' END
                 || lpad((hash(p.i, 'phn') % 100000000)::VARCHAR, 8, '0') END AS mobile_phone,
       CASE WHEN r(p.i, 'bdn') < 0.06 THEN NULL ELSE p.birth_date END AS birth_date,
       CASE WHEN r(p.i, 'g') < 0.51 THEN 'F' WHEN r(p.i, 'g') < 0.96 THEN 'M' WHEN r(p.i, 'g') < 0.98 THEN 'X' ELSE 'U' END AS gender_cd,
       p.country_cd,
       c.city,
       CASE p.country_cd WHEN 'FR' THEN 'fr' WHEN 'BE' THEN CASE WHEN c.region_cd = 'VLA' OR r(p.i, 'lg') < 0.2 THEN 'nl' ELSE 'fr' END
            ELSE 'en' END AS language_cd,
       p.home_club_sk,
       CASE WHEN p.kind = 'LEAD' THEN 'LEA' WHEN p.kind = 'DPS' THEN 'DPS' WHEN cur.is_cur THEN 'MEM' ELSE 'EXM' END AS lifecycle_cd,
       CASE WHEN p.kind = 'MEM' THEN CASE WHEN r(p.i, 'acq') < 0.45 THEN 'WEB' WHEN r(p.i, 'acq') < 0.62 THEN 'APP'
                                          WHEN r(p.i, 'acq') < 0.80 THEN 'WLK' WHEN r(p.i, 'acq') < 0.92 THEN 'REF' ELSE 'CORP' END
            WHEN p.kind = 'LEAD' THEN CASE WHEN r(p.i, 'acq') < 0.55 THEN 'WEB' WHEN r(p.i, 'acq') < 0.75 THEN 'SOC' ELSE 'REF' END
            ELSE 'WLK' END AS acquisition_cd,
       dk(CASE WHEN p.kind = 'MEM' THEN cur.first_start - floor(r(p.i, 'crm') * 20)::INT
               ELSE greatest(DATE '2026-09-30' - floor(pow(r(p.i, 'crm'), 0.8) * 1090)::INT, p.club_opened) END) AS crm_created_date_sk,
       CASE WHEN p.kind = 'MEM' THEN dk(cur.first_start) END AS first_join_date_sk
FROM stg.person p LEFT JOIN cur ON cur.i = p.i JOIN dw.dim_club c ON c.club_sk = p.home_club_sk
ORDER BY member_sk;

-- status_cd on as_of: A active, F frozen (a freeze covers as_of), N in notice (cancelled or not renewing, end date
-- still to come), C cancelled (ended), E expired (annual term ended, not renewed), R renewed (annual term followed
-- by the next term). cancel_reason_cd: PRC price, MOV moved away, NUS not using it enough, MED injury or health,
-- CMP joined a competitor, SVC unhappy with the club or service, OTH other; null when not given.
CREATE TABLE dw.fct_membership AS
WITH st AS (
  SELECT m.*, (m.billing_cd = 'A' AND NOT m.renewed AND m.end_date > DATE '2026-09-30' AND r(m.i * 100, 'nrn') < 0.22) AS not_renewing
  FROM stg.ms2 m),
st2 AS (
  SELECT st.*,
         CASE WHEN billing_cd = 'A' AND renewed THEN 'R'
              WHEN end_date IS NOT NULL AND end_date < DATE '2026-09-30' THEN CASE WHEN billing_cd = 'A' THEN 'E' ELSE 'C' END
              WHEN (billing_cd = 'M' AND end_date IS NOT NULL) OR not_renewing THEN 'N'
              WHEN EXISTS (SELECT 1 FROM stg.fz f WHERE f.mk = st.mk AND DATE '2026-09-30' BETWEEN f.freeze_start AND f.freeze_end) THEN 'F'
              ELSE 'A' END AS status_cd
  FROM st)
SELECT row_number() OVER (ORDER BY m.start_date, m.mk)::INTEGER AS membership_sk,
       'PF-' || lpad((m.mk * 37 % 9999991)::VARCHAR, 7, '0') AS contract_no,
       m.i::INTEGER AS member_sk, pl.plan_sk, m.home_club_sk AS club_sk,
       dk(m.start_date) AS start_date_sk,
       CASE WHEN m.end_date IS NOT NULL THEN dk(m.end_date) END AS end_date_sk,
       CASE WHEN m.billing_cd = 'M' AND m.end_date IS NOT NULL THEN dk(m.notice_date)
            WHEN m.not_renewing THEN dk(DATE '2026-09-30' - floor(r(m.mk, 'nrd') * 70)::INT)
            WHEN m.status_cd = 'E' THEN dk(m.end_date - floor(r(m.mk, 'nrd') * 40)::INT)
       END AS cancel_date_sk,
       CASE WHEN m.status_cd IN ('C', 'E', 'N') AND r(m.mk, 'rsn0') < 0.85 THEN
              CASE WHEN r(m.mk, 'rsn') < 0.24 THEN 'PRC' WHEN r(m.mk, 'rsn') < 0.40 THEN 'MOV' WHEN r(m.mk, 'rsn') < 0.62 THEN 'NUS'
                   WHEN r(m.mk, 'rsn') < 0.72 THEN 'MED' WHEN r(m.mk, 'rsn') < 0.82 THEN 'CMP' WHEN r(m.mk, 'rsn') < 0.92 THEN 'SVC'
                   ELSE 'OTH' END END AS cancel_reason_cd,
       m.status_cd,
       m.billing_cd = 'A' AND NOT m.not_renewing AND m.status_cd NOT IN ('E') AS auto_renew_flag,
       CASE WHEN r(m.mk, 'sch') < 0.52 THEN 'WEB' WHEN r(m.mk, 'sch') < 0.72 THEN 'APP' ELSE 'CLB' END AS sales_channel_cd,
       m.mk
FROM st2 m
LEFT JOIN stg.chg ch USING (mk)
JOIN dw.dim_plan pl ON pl.plan_cd = coalesce(ch.plan1, m.plan0) AND pl.billing_cd = m.billing_cd;
ALTER TABLE dw.fct_membership ADD COLUMN previous_membership_sk INTEGER;
UPDATE dw.fct_membership f SET previous_membership_sk = p.membership_sk
FROM dw.fct_membership p WHERE p.mk = f.mk - 1 AND f.mk % 100 BETWEEN 1 AND 9;

-- The member's running contract on as_of (null when none), with its plan, status and end date copied on the member
-- (type-1 attributes, overwritten every night)
ALTER TABLE dw.dim_member ADD COLUMN current_membership_sk INTEGER;
ALTER TABLE dw.dim_member ADD COLUMN current_plan_sk INTEGER;
ALTER TABLE dw.dim_member ADD COLUMN current_status_cd VARCHAR;
ALTER TABLE dw.dim_member ADD COLUMN current_end_date_sk INTEGER;
UPDATE dw.dim_member d SET current_membership_sk = f.membership_sk, current_plan_sk = f.plan_sk,
       current_status_cd = f.status_cd, current_end_date_sk = f.end_date_sk
FROM dw.fct_membership f WHERE f.member_sk = d.member_sk AND f.status_cd IN ('A', 'F', 'N');

-- SCD type 2: the plan each member held over time (one row per contract and plan; valid_to 9999-12-31 while
-- current). change_type_cd: NEW the contract's first plan, UPG upgrade (to a dearer plan), DNG downgrade.
CREATE TABLE dw.dim_member_plan_hist AS
WITH rows_ AS (
  SELECT f.membership_sk, f.member_sk, m.plan0 AS plan_cd, m.billing_cd, m.start_date AS valid_from,
         coalesce(ch.change_date - 1, m.end_date) AS valid_to, false AS changed, NULL AS from_plan
  FROM stg.ms2 m JOIN dw.fct_membership f USING (mk) LEFT JOIN stg.chg ch USING (mk)
  UNION ALL
  SELECT f.membership_sk, f.member_sk, ch.plan1, m.billing_cd, ch.change_date, m.end_date, true, ch.plan0
  FROM stg.chg ch JOIN stg.ms2 m USING (mk) JOIN dw.fct_membership f USING (mk))
SELECT row_number() OVER (ORDER BY x.member_sk, x.valid_from)::INTEGER AS plan_hist_sk, x.member_sk, x.membership_sk,
       pl.plan_sk, x.valid_from, coalesce(x.valid_to, DATE '9999-12-31') AS valid_to,
       (x.valid_from <= DATE '2026-09-30' AND coalesce(x.valid_to, DATE '9999-12-31') >= DATE '2026-09-30') AS is_current,
       CASE WHEN NOT x.changed THEN 'NEW'
            WHEN x.plan_cd = 'PRM' OR (x.plan_cd = 'STD' AND x.from_plan IN ('OFP', 'STU', 'CRP')) OR (x.plan_cd = 'OFP' AND x.from_plan = 'STU')
            THEN 'UPG' ELSE 'DNG' END AS change_type_cd
FROM rows_ x JOIN dw.dim_plan pl ON pl.plan_cd = x.plan_cd AND pl.billing_cd = x.billing_cd
ORDER BY x.member_sk, x.valid_from;

-- reason_cd: MED medical / injury, TRV travel, WRK work, FIN financial, OTH other
CREATE TABLE dw.fct_freeze AS
SELECT row_number() OVER (ORDER BY fz.freeze_start, f.membership_sk)::INTEGER AS freeze_sk, f.membership_sk, f.member_sk,
       dk(fz.freeze_start) AS start_date_sk, dk(fz.freeze_end) AS end_date_sk, fz.reason_cd
FROM stg.fz fz JOIN dw.fct_membership f USING (mk)
ORDER BY start_date_sk;

-- The window in which each contract's holder uses the club: from its start (or 2023-10-01) to its last day, cut
-- short for "quiet" members who stopped coming while still paying.
CREATE TABLE stg.win AS
SELECT m.mk, m.i, f.membership_sk, m.home_club_sk, f.plan_sk, pl.plan_cd, p.visits_per_week, p.app_user, p.class_goer,
       greatest(m.start_date, DATE '2023-10-01') AS w_from,
       CASE WHEN m.end_date IS NULL AND p.quiet THEN least(m.last_day, DATE '2026-09-30' - p.quiet_days) ELSE m.last_day END AS w_to,
       m.end_date IS NOT NULL AND NOT m.renewed AS ending
FROM stg.ms2 m JOIN stg.person p USING (i) JOIN dw.fct_membership f USING (mk) JOIN dw.dim_plan pl ON pl.plan_sk = f.plan_sk
WHERE least(m.last_day, DATE '2026-09-30') >= DATE '2023-10-01';

-- Club visits (badge swipes). entry_method_cd: CRD key fob / card, APP app QR code, DPS day pass, TRL free trial
-- pass (leads). Premium members also visit other clubs; nobody swipes in during a freeze.
CREATE TABLE dw.fct_checkin AS
WITH v AS (
  SELECT w.*, w.mk * 10000 + k AS vk,
         w.w_from + floor(pow(r(w.mk * 10000 + k, 'vd'), CASE WHEN w.ending THEN 1.6 ELSE 0.85 END) * (w.w_to - w.w_from + 1))::INT AS d
  FROM stg.win w, unnest(range(greatest(0, round((w.w_to - w.w_from + 1) / 7.0 * w.visits_per_week))::INT)) u(k)
  WHERE w.w_to >= w.w_from),
cn AS (
  SELECT club_sk, country_cd, opened_date, row_number() OVER (PARTITION BY country_cd ORDER BY club_sk) - 1 AS n,
         count(*) OVER (PARTITION BY country_cd) AS cnt
  FROM dw.dim_club),
v2 AS (
  SELECT v.*, cn.club_sk AS other_club
  FROM v JOIN dw.dim_club hc ON hc.club_sk = v.home_club_sk
  LEFT JOIN cn ON v.plan_cd = 'PRM' AND r(vk, 'oc') < 0.3 AND cn.country_cd = hc.country_cd
              AND cn.n = floor(r(vk, 'ocn') * cn.cnt) AND cn.opened_date <= v.d
  WHERE NOT EXISTS (SELECT 1 FROM stg.fz f WHERE f.mk = v.mk AND v.d BETWEEN f.freeze_start AND f.freeze_end)),
dp AS (   -- day-pass buyers and leads on a free trial
  SELECT p.i, p.home_club_sk, p.i * 10000 + k AS vk,
         greatest(DATE '2023-10-01', p.club_opened) + floor(r(p.i * 10000 + k, 'dpd') * (DATE '2026-09-30' - greatest(DATE '2023-10-01', p.club_opened)))::INT AS d,
         CASE WHEN p.kind = 'DPS' THEN 'DPS' ELSE 'TRL' END AS method
  FROM stg.person p, unnest(range(CASE WHEN p.kind = 'DPS' THEN 1 + floor(pow(r(p.i, 'ndp'), 1.5) * 5)::INT
                                       WHEN p.kind = 'LEAD' AND r(p.i, 'trl') < 0.35 THEN 1 ELSE 0 END)) u(k)),
allv AS (
  SELECT i AS member_sk, coalesce(other_club, home_club_sk) AS club_sk, d, vk, plan_cd,
         CASE WHEN app_user AND r(vk, 'em') < 0.55 THEN 'APP' ELSE 'CRD' END AS method
  FROM v2
  UNION ALL
  SELECT i, home_club_sk, d, vk, 'DPS', method FROM dp)
SELECT row_number() OVER (ORDER BY ts, vk)::BIGINT AS checkin_sk, member_sk::INTEGER AS member_sk, club_sk::INTEGER AS club_sk,
       dk(d) AS checkin_date_sk, ts AS checkin_ts, method AS entry_method_cd
FROM (
  SELECT *, d + to_minutes((CASE WHEN plan_cd = 'OFP' THEN [10, 11, 12, 13, 14, 15, 20, 21][1 + floor(r(vk, 'h') * 8)::INT]
                                 ELSE [6, 7, 7, 8, 12, 13, 17, 18, 18, 19, 19, 20, 10, 15][1 + floor(r(vk, 'h') * 14)::INT] END) * 60
                          + floor(r(vk, 'mi') * 60)::INT) AS ts
  FROM allv) x
ORDER BY ts;

-- Group classes. status_cd: ATT attended, NOS no-show, LCX late cancel (under 12 hours), CXL cancelled in time,
-- BKD booked (class still to come, after as_of). Express clubs have no studio: their members book at the
-- nearest full club of their region; Aquafit needs a pool (flagships).
CREATE TABLE dw.fct_class_booking AS
WITH cls_club AS (
  SELECT c.club_sk, coalesce(
           CASE WHEN c.format_cd <> 'EXP' THEN c.club_sk END,
           (SELECT min(o.club_sk) FROM dw.dim_club o WHERE o.region_cd = c.region_cd AND o.format_cd <> 'EXP'),
           (SELECT min(o.club_sk) FROM dw.dim_club o WHERE o.country_cd = c.country_cd AND o.format_cd = 'FLG')) AS class_club_sk
  FROM dw.dim_club c),
b AS (
  SELECT w.i, w.mk, w.mk * 1000 + k AS bk, cc.class_club_sk AS club_sk,
         w.w_from + floor(r(w.mk * 1000 + k, 'cd') * (w.w_to - w.w_from + 1))::INT AS d,
         0.03 + 0.30 * pow(r(w.i, 'nsp'), 3) AS p_nos
  FROM stg.win w JOIN cls_club cc ON cc.club_sk = w.home_club_sk,
       unnest(range(round((w.w_to - w.w_from + 1) / 7.0 * (0.15 + pow(r(w.i, 'clr'), 1.6) * 2.6))::INT)) u(k)
  WHERE w.class_goer AND w.w_to >= w.w_from
  UNION ALL   -- classes booked for the next two weeks by running, unfrozen members
  SELECT w.i, w.mk, w.mk * 1000 + 900 + k, cc.class_club_sk, DATE '2026-09-30' + 1 + floor(r(w.mk * 1000 + 900 + k, 'cd') * 14)::INT, 0
  FROM stg.win w JOIN cls_club cc ON cc.club_sk = w.home_club_sk JOIN dw.fct_membership f ON f.membership_sk = w.membership_sk,
       unnest(range(floor(r(w.i, 'fut') * 4)::INT)) u(k)
  WHERE w.class_goer AND f.status_cd = 'A' AND w.w_to = DATE '2026-09-30'),
b2 AS (
  SELECT b.*, CASE WHEN r(bk, 'fav') < 0.6 THEN 1 + floor(r(i, 'fav') * 10)::INT ELSE 1 + floor(r(bk, 'ct') * 10)::INT END AS ct0,
         d + to_minutes([7, 9, 12, 18, 19, 20, 10, 17][1 + floor(r(bk, 'slot') * 8)::INT] * 60
                        + CASE WHEN r(bk, 'half') < 0.3 THEN 30 ELSE 0 END) AS class_ts
  FROM b)
SELECT row_number() OVER (ORDER BY class_ts, bk)::BIGINT AS class_booking_sk, i::INTEGER AS member_sk, b2.club_sk::INTEGER AS club_sk,
       (CASE WHEN ct0 = 8 AND NOT c.has_pool THEN 1 ELSE ct0 END)::INTEGER AS class_type_sk,
       dk(d) AS class_date_sk, class_ts, class_ts - to_minutes((30 + floor(r(bk, 'lead') * 4000))::INT) AS booked_ts,
       CASE WHEN d > DATE '2026-09-30' THEN 'BKD'
            WHEN r(bk, 'st') < p_nos THEN 'NOS'
            WHEN r(bk, 'st') < p_nos + 0.06 THEN 'LCX'
            WHEN r(bk, 'st') < p_nos + 0.14 THEN 'CXL'
            ELSE 'ATT' END AS status_cd
FROM b2 JOIN dw.dim_club c ON c.club_sk = b2.club_sk
ORDER BY class_ts;

-- Shop sales and personal training: one row per product line. channel_cd: CLB club reception / bar, APP in-app
-- (click & collect). Amounts in the club's currency and in EUR (GBP at 1.17).
CREATE TABLE dw.fct_sale AS
WITH s AS (
  SELECT w.i, w.home_club_sk, w.app_user, w.mk * 1000 + k AS sk,
         w.w_from + floor(r(w.mk * 1000 + k, 'sd') * (w.w_to - w.w_from + 1))::INT AS d,
         CASE WHEN r(w.mk * 1000 + k, 'pr') < 0.42 THEN 1 + floor(r(w.mk * 1000 + k, 'pd') * 4)::INT
              WHEN r(w.mk * 1000 + k, 'pr') < 0.80 THEN 5 + floor(r(w.mk * 1000 + k, 'pd') * 4)::INT
              ELSE 9 + floor(r(w.mk * 1000 + k, 'pd') * 5)::INT END AS product_sk
  FROM stg.win w, unnest(range(CASE WHEN r(w.i, 'shop') < 0.55
                                    THEN round((w.w_to - w.w_from + 1) / 30.0 * (0.1 + pow(r(w.i, 'shr'), 1.8) * 3.5))::INT ELSE 0 END)) u(k)
  WHERE w.w_to >= w.w_from
  UNION ALL   -- personal-training packs
  SELECT w.i, w.home_club_sk, w.app_user, w.mk * 1000 + 800 + k,
         w.w_from + floor(r(w.mk * 1000 + 800 + k, 'sd') * (w.w_to - w.w_from + 1))::INT,
         14 + floor(pow(r(w.mk * 1000 + 800 + k, 'pt'), 1.4) * 3)::INT
  FROM stg.win w, unnest(range(1 + floor(pow(r(w.i, 'ptn'), 1.8) * 6)::INT)) u(k)
  WHERE r(w.i, 'ptc') < 0.13 AND w.w_to >= w.w_from
  UNION ALL   -- day passes and guest passes of non-members, on the day of their visit
  SELECT c.member_sk, c.club_sk, false, c.checkin_sk * 10 + 7, c.checkin_ts::DATE, 17
  FROM dw.fct_checkin c WHERE c.entry_method_cd = 'DPS')
SELECT row_number() OVER (ORDER BY ts, s.sk)::BIGINT AS sale_sk, s.i::INTEGER AS member_sk, s.home_club_sk::INTEGER AS club_sk,
       s.product_sk::INTEGER AS product_sk, dk(d) AS sale_date_sk, ts AS sale_ts,
       CASE WHEN s.app_user AND r(s.sk, 'ch') < 0.35 THEN 'APP' ELSE 'CLB' END AS channel_cd,
       q.qty::SMALLINT AS quantity, c.currency_cd,
       (q.qty * CASE c.currency_cd WHEN 'GBP' THEN p.unit_price_gbp ELSE p.unit_price_eur END)::DECIMAL(10, 2) AS amount_local,
       round(q.qty * CASE c.currency_cd WHEN 'GBP' THEN p.unit_price_gbp * 1.17 ELSE p.unit_price_eur END, 2)::DECIMAL(10, 2) AS amount_eur
FROM (SELECT *, d + to_minutes((7 * 60 + floor(r(sk, 'sm') * 840))::INT) AS ts FROM s) s
JOIN dw.dim_product p ON p.product_sk = s.product_sk JOIN dw.dim_club c ON c.club_sk = s.home_club_sk,
LATERAL (SELECT CASE WHEN p.category_cd IN ('DRK', 'SUP') AND r(s.sk, 'q') < 0.25 THEN 2 ELSE 1 END AS qty) q
ORDER BY ts;

-- Membership dues. payment_type_cd: MDD monthly direct debit, ANN annual fee (upfront); status_cd: PD paid,
-- FL failed (bounced direct debit). No dues are collected in a frozen month. Amounts as in fct_sale.
CREATE TABLE dw.fct_payment AS
WITH d AS (
  SELECT f.membership_sk, f.member_sk, f.club_sk, pl.billing_cd, pl.monthly_fee_gbp, pl.monthly_fee_eur, m.mk,
         (m.start_date + to_months(k::INT))::DATE AS pay_date
  FROM dw.fct_membership f JOIN stg.ms2 m USING (mk) JOIN dw.dim_plan pl ON pl.plan_sk = f.plan_sk,
       unnest(range(CASE WHEN pl.billing_cd = 'A' THEN 1 ELSE date_diff('month', m.start_date, m.last_day) + 1 END)) u(k)),
d2 AS (
  SELECT d.* FROM d
  WHERE pay_date BETWEEN DATE '2023-10-01' AND DATE '2026-09-30'
    AND NOT EXISTS (SELECT 1 FROM stg.fz f WHERE f.mk = d.mk AND d.pay_date BETWEEN f.freeze_start AND f.freeze_end))
SELECT row_number() OVER (ORDER BY pay_date, d2.membership_sk)::BIGINT AS payment_sk, d2.membership_sk, d2.member_sk, d2.club_sk,
       dk(pay_date) AS payment_date_sk,
       CASE WHEN billing_cd = 'A' THEN 'ANN' ELSE 'MDD' END AS payment_type_cd,
       CASE WHEN r(member_sk, 'badp') < 0.06 AND r(membership_sk * 1000 + dk(pay_date), 'fl') < 0.25 THEN 'FL'
            WHEN r(membership_sk * 1000 + dk(pay_date), 'fl') < 0.012 THEN 'FL' ELSE 'PD' END AS status_cd,
       c.currency_cd,
       (CASE WHEN billing_cd = 'A' THEN 10 ELSE 1 END * CASE c.currency_cd WHEN 'GBP' THEN monthly_fee_gbp ELSE monthly_fee_eur END)::DECIMAL(10, 2) AS amount_local,
       round(CASE WHEN billing_cd = 'A' THEN 10 ELSE 1 END * CASE c.currency_cd WHEN 'GBP' THEN monthly_fee_gbp * 1.17 ELSE monthly_fee_eur END, 2)::DECIMAL(10, 2) AS amount_eur
FROM d2 JOIN dw.dim_club c ON c.club_sk = d2.club_sk
ORDER BY pay_date;

-- App sessions. platform_cd: IOS, AND (Android); workouts_logged: workouts the member logged in that session.
CREATE TABLE dw.fct_app_session AS
WITH a AS (
  SELECT w.i, w.mk * 10000 + k AS ak,
         w.w_from + floor(r(w.mk * 10000 + k, 'ad') * (w.w_to + CASE WHEN w.w_to < DATE '2026-09-30' AND NOT w.ending THEN 15 ELSE 0 END - w.w_from + 1))::INT AS d
  FROM stg.win w, unnest(range(round((w.w_to - w.w_from + 1) / 7.0 * (0.1 + pow(r(w.i, 'apr'), 1.5) * 3.2))::INT)) u(k)
  WHERE w.app_user AND w.w_to >= w.w_from)
SELECT row_number() OVER (ORDER BY ts, ak)::BIGINT AS app_session_sk, i::INTEGER AS member_sk, dk(ts::DATE) AS session_date_sk,
       ts AS session_start_ts,
       CASE WHEN r(i, 'plat') < 0.58 THEN 'IOS' ELSE 'AND' END AS platform_cd,
       (30 + floor(pow(r(ak, 'dur'), 1.5) * 1500))::INTEGER AS duration_sec,
       (CASE WHEN r(ak, 'wl') < 0.45 THEN 0 WHEN r(ak, 'wl') < 0.85 THEN 1 WHEN r(ak, 'wl') < 0.97 THEN 2 ELSE 3 END
        * CASE WHEN r(i, 'logger') < 0.6 THEN 1 ELSE 0 END)::SMALLINT AS workouts_logged
FROM (SELECT *, least(d, DATE '2026-09-30') + to_minutes((6 * 60 + floor(r(ak, 'am') * 960))::INT) AS ts FROM a) x
ORDER BY ts;

-- Campaigns. channel_cd: EM e-mail, SM SMS, PU app push. objective_cd: NEWS newsletter, PROMO offer, WINB win-back,
-- ONBD onboarding, RENW renewal reminder, CLSS class launch / timetable, REFR refer-a-friend.
CREATE TABLE dw.dim_campaign AS
WITH c AS (
  SELECT k, DATE '2023-10-02' + (k * 5)::INT AS launch FROM range(0, 219) t(k)
  UNION ALL
  SELECT 300 + k, DATE '2026-09-02' + (k * 4)::INT FROM range(0, 7) t(k))
SELECT (row_number() OVER (ORDER BY launch, k))::INTEGER AS campaign_sk,
       'CMP' || strftime(launch, '%y%m') || lpad(k::VARCHAR, 3, '0') AS campaign_code,
       CASE WHEN r(k, 'cch') < 0.6 THEN 'EM' WHEN r(k, 'cch') < 0.8 THEN 'SM' ELSE 'PU' END AS channel_cd,
       ['NEWS', 'NEWS', 'PROMO', 'PROMO', 'WINB', 'ONBD', 'RENW', 'CLSS', 'CLSS', 'REFR'][1 + floor(r(k, 'obj') * 10)::INT] AS objective_cd,
       dk(launch) AS launch_date_sk
FROM c;
ALTER TABLE dw.dim_campaign ADD COLUMN campaign_name VARCHAR;
UPDATE dw.dim_campaign SET campaign_name = CASE objective_cd WHEN 'NEWS' THEN 'Pulse News' WHEN 'PROMO' THEN 'Offer'
  WHEN 'WINB' THEN 'Come back to PulseFit' WHEN 'ONBD' THEN 'Welcome series' WHEN 'RENW' THEN 'Renewal reminder'
  WHEN 'CLSS' THEN 'New on the timetable' ELSE 'Bring a friend' END || ' ' || strftime(kd(launch_date_sk), '%b %Y');

CREATE TABLE dw.fct_message AS
WITH t AS (
  SELECT c.campaign_sk, c.channel_cd, c.objective_cd, kd(c.launch_date_sk) AS launch, m.member_sk, m.lifecycle_cd,
         m.mobile_phone, c.campaign_sk * 100000 + m.member_sk AS mk
  FROM dw.dim_campaign c JOIN dw.dim_member m ON m.crm_created_date_sk <= c.launch_date_sk
  WHERE r(c.campaign_sk * 100000 + m.member_sk, 'tg')
        < CASE WHEN c.objective_cd = 'WINB' THEN CASE WHEN m.lifecycle_cd IN ('EXM', 'DPS', 'LEA') THEN 0.45 ELSE 0.01 END
               WHEN c.objective_cd IN ('ONBD', 'RENW') THEN CASE WHEN m.lifecycle_cd = 'MEM' THEN 0.06 ELSE 0.0 END
               WHEN c.objective_cd = 'PROMO' THEN 0.10 + 0.2 * r(m.member_sk, 'reach')
               ELSE CASE WHEN m.lifecycle_cd = 'MEM' THEN 0.08 + 0.3 * r(m.member_sk, 'reach') ELSE 0.04 END END
    AND (c.channel_cd <> 'SM' OR m.mobile_phone IS NOT NULL))
SELECT row_number() OVER (ORDER BY sent_ts, mk)::BIGINT AS message_sk, campaign_sk, member_sk, channel_cd,
       dk(sent_ts::DATE) AS send_date_sk, sent_ts,
       CASE WHEN channel_cd <> 'SM' AND NOT bounced AND r(mk, 'op') < 0.08 + 0.55 * r(member_sk, 'eng')
            THEN sent_ts + to_minutes((5 + floor(pow(r(mk, 'opd'), 3) * 4000))::INT) END AS opened_ts,
       CASE WHEN NOT bounced AND r(mk, 'op') < (0.08 + 0.55 * r(member_sk, 'eng')) * 0.22
            THEN sent_ts + to_minutes((8 + floor(pow(r(mk, 'opd'), 3) * 4000))::INT) END AS clicked_ts,
       bounced AS bounced_flag,
       (NOT bounced AND r(mk, 'un') < 0.004) AS unsubscribed_flag
FROM (SELECT t.*, launch + floor(r(mk, 'sd') * 2)::INT + to_minutes((8 * 60 + floor(r(mk, 'sm') * 600))::INT) AS sent_ts,
             channel_cd = 'EM' AND r(mk, 'bo') < 0.02 AS bounced
      FROM t) x
WHERE sent_ts::DATE <= DATE '2026-09-30'
ORDER BY sent_ts;
-- opens and clicks are tracked up to the load only
UPDATE dw.fct_message SET opened_ts = NULL WHERE opened_ts > TIMESTAMP '2026-10-01 00:00:00';
UPDATE dw.fct_message SET clicked_ts = NULL WHERE clicked_ts > TIMESTAMP '2026-10-01 00:00:00' OR (channel_cd <> 'SM' AND opened_ts IS NULL);

-- NPS. survey_cd: ONB onboarding survey (30 days after joining), REL relationship survey (quarterly, to a sample of
-- current members). score 0-10 (promoters 9-10, passives 7-8, detractors 0-6).
CREATE TABLE dw.fct_nps_response AS
WITH q AS (SELECT (DATE '2023-11-15' + to_months(k::INT))::DATE AS sd FROM range(0, 36, 3) t(k)),
rel AS (
  SELECT f.member_sk, f.club_sk, q.sd + floor(r(f.member_sk * 100 + month(q.sd), 'rd') * 10)::INT AS d, 'REL' AS survey_cd,
         f.member_sk * 1000 + year(q.sd) * 12 + month(q.sd) AS nk
  FROM q JOIN dw.fct_membership f ON kd(f.start_date_sk) <= q.sd AND (f.end_date_sk IS NULL OR kd(f.end_date_sk) >= q.sd)
  WHERE r(f.member_sk * 100000 + year(q.sd) * 12 + month(q.sd), 'nps') < 0.09),
onb AS (
  SELECT f.member_sk, f.club_sk, kd(f.start_date_sk) + 30 + floor(r(f.membership_sk, 'od') * 7)::INT, 'ONB', f.membership_sk * 7 + 3
  FROM dw.fct_membership f
  WHERE f.start_date_sk >= 20230901 AND f.previous_membership_sk IS NULL AND r(f.membership_sk, 'onb') < 0.3),
a AS (SELECT * FROM rel UNION ALL SELECT * FROM onb)
SELECT row_number() OVER (ORDER BY d, nk)::INTEGER AS nps_response_sk, member_sk, club_sk, survey_cd, dk(d) AS response_date_sk,
       least(10, floor(pow(r(nk, 'sc'), 0.18 + 0.7 * r(member_sk, 'sat')) * 11))::SMALLINT AS score
FROM a WHERE d <= DATE '2026-09-30' AND d >= DATE '2023-10-01'
ORDER BY d;

-- Churn-risk scores, computed every Monday by the data-science team for every member whose contract is running on
-- that day (last 26 weeks kept). risk_band_cd: H high (>= 0.70), M medium (0.40-0.70), L low (< 0.40).
CREATE TABLE dw.fct_churn_score AS
WITH wk AS (SELECT (DATE '2026-09-28' - (7 * k)::INT)::DATE AS sd FROM range(0, 26) t(k)),
s AS (
  SELECT f.member_sk, wk.sd,
         least(0.99, greatest(0.01,
           0.06 + 0.30 * pow(r(f.member_sk, 'risk'), 2)
           + CASE WHEN p.quiet AND wk.sd >= DATE '2026-09-30' - p.quiet_days THEN 0.30 + 0.004 * (wk.sd - (DATE '2026-09-30' - p.quiet_days)) ELSE 0 END
           + CASE WHEN f.status_cd = 'N' THEN 0.35 ELSE 0 END
           + 0.15 / (0.5 + p.visits_per_week)
           + (r(f.member_sk * 100 + (DATE '2026-09-28' - wk.sd) // 7, 'noise') - 0.5) * 0.12)) AS score
  FROM wk JOIN dw.fct_membership f ON kd(f.start_date_sk) <= wk.sd AND (f.end_date_sk IS NULL OR kd(f.end_date_sk) >= wk.sd)
  JOIN stg.person p ON p.i = f.member_sk)
SELECT member_sk, dk(sd) AS score_date_sk, round(max(score), 3)::DECIMAL(4, 3) AS churn_score,
       CASE WHEN max(score) >= 0.7 THEN 'H' WHEN max(score) >= 0.4 THEN 'M' ELSE 'L' END AS risk_band_cd
FROM s GROUP BY member_sk, sd
ORDER BY score_date_sk, member_sk;

-- CRM consent per channel, keyed by the CRM's member_id (no row = never asked: no consent). channel_cd EM, SM, PU.
CREATE TABLE crm.consent AS
SELECT m.member_id, c.channel_cd, (r(m.member_sk, 'c' || c.channel_cd) < c.p) AS opt_in_flag,
       TIMESTAMP '2026-09-30 22:00:00' - to_minutes(floor(r(m.member_sk, 'cu' || c.channel_cd) * 1500000)::INT) AS updated_ts
FROM dw.dim_member m CROSS JOIN (VALUES ('EM', 0.68), ('SM', 0.38), ('PU', 0.52)) c(channel_cd, p)
WHERE r(m.member_sk, 'cx' || c.channel_cd) < 0.9 AND (c.channel_cd <> 'SM' OR m.mobile_phone IS NOT NULL)
  AND (c.channel_cd <> 'PU' OR m.member_sk IN (SELECT member_sk FROM dw.fct_app_session))
ORDER BY m.member_id, c.channel_cd;

-- Do-not-contact list. reason_cd: ERA erasure request (GDPR), OBJ objection to marketing, CMP complaint,
-- DEC deceased, BAN banned from the clubs.
CREATE TABLE crm.do_not_contact AS
SELECT member_id, ['ERA', 'OBJ', 'OBJ', 'CMP', 'DEC', 'BAN'][1 + floor(r(member_sk, 'dnr') * 6)::INT] AS reason_cd,
       DATE '2026-09-30' - floor(r(member_sk, 'dnd') * 1000)::INT AS added_date
FROM dw.dim_member WHERE r(member_sk, 'dnc') < 0.03
ORDER BY member_id;

ALTER TABLE dw.fct_membership DROP COLUMN mk;
ALTER TABLE dw.dim_date ADD PRIMARY KEY (date_sk);
ALTER TABLE dw.dim_club ADD PRIMARY KEY (club_sk);
ALTER TABLE dw.dim_plan ADD PRIMARY KEY (plan_sk);
ALTER TABLE dw.dim_class_type ADD PRIMARY KEY (class_type_sk);
ALTER TABLE dw.dim_product ADD PRIMARY KEY (product_sk);
ALTER TABLE dw.dim_member ADD PRIMARY KEY (member_sk);
ALTER TABLE dw.dim_member ADD UNIQUE (member_id);
ALTER TABLE dw.fct_membership ADD PRIMARY KEY (membership_sk);
ALTER TABLE dw.dim_campaign ADD PRIMARY KEY (campaign_sk);
DROP SCHEMA stg CASCADE;
DROP MACRO kd;
DROP MACRO dk;
DROP MACRO r;
