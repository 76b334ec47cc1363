-- The Trailhead warehouse: an outdoor and sports-goods chain (stores and a web shop), 5,000 club members,
-- three years of receipts up to as_of 2026-09-30. A Kimball star (dw.dim_* / dw.fact_*) with integer
-- yyyymmdd date keys, code columns whose meaning only a catalog gives (club tiers BRZ/SLV/GLD/PLT, region
-- codes, channel S/W, price bands), and consent / opt-out tables in mkt. Deterministic: every draw is a hash.
-- Built by tests/test_outdoor.py and by `audience eval` (assistant/demo/golden.py) for evals/outdoor/.
CREATE MACRO r(k, s) AS ((hash(k, s, 11) % 1000003)::DOUBLE / 1000003.0);
CREATE MACRO dkey(d) AS (year(d) * 10000 + month(d) * 100 + day(d))::INTEGER;
CREATE SCHEMA meta; CREATE SCHEMA dw; CREATE SCHEMA mkt;
CREATE TABLE meta.warehouse AS SELECT DATE '2026-09-30' AS as_of;

CREATE TABLE dw.dim_date AS
SELECT dkey(d) AS date_sk, d AS full_date, year(d)::SMALLINT AS cal_year, quarter(d)::SMALLINT AS cal_quarter,
       month(d)::SMALLINT AS cal_month
FROM (SELECT unnest(range(DATE '2014-01-01', DATE '2026-12-31', INTERVAL 1 DAY))::DATE AS d);

CREATE TABLE dw.dim_shop AS
SELECT * FROM (VALUES
  (1, 'Trailhead Paris Bercy', 'IDF', 'FLAG'), (2, 'Trailhead La Défense', 'IDF', 'CITY'),
  (3, 'Trailhead Lyon Part-Dieu', 'ARA', 'FLAG'), (4, 'Trailhead Annecy', 'ARA', 'CITY'),
  (5, 'Trailhead Chamonix', 'ARA', 'MTN'), (6, 'Trailhead Toulouse', 'OCC', 'CITY'),
  (7, 'Trailhead Montpellier', 'OCC', 'OUTL'), (8, 'Trailhead Bordeaux', 'NAQ', 'CITY'),
  (9, 'Trailhead Biarritz', 'NAQ', 'CITY'), (10, 'Trailhead Rennes', 'BRE', 'CITY'),
  (11, 'Trailhead Lille', 'HDF', 'CITY'), (12, 'Trailhead Roubaix Outlet', 'HDF', 'OUTL'),
  (99, 'trailhead.fr', 'WEB', 'ECOM')) AS s(shop_sk, shop_name, region_cd, shop_type_cd);

CREATE TABLE dw.dim_article AS
SELECT i::INTEGER AS article_sk,
       s.sport || ' ' || ['jacket', 'shoes', 'pack', 'gloves', 'shirt', 'bag'][1 + floor(r(i, 'lab') * 6)::INT]
         || ' #' || i::VARCHAR AS article_label,
       s.sport,
       ['Alpinex', 'Nordvik', 'Velox', 'Aquafin', 'Trailmark', 'Kestrel'][1 + floor(r(i, 'br') * 6)::INT] AS brand,
       ['ENTRY', 'MID', 'MID', 'TOP'][1 + floor(r(i, 'pb') * 4)::INT] AS price_band
FROM range(1, 161) t(i)
JOIN (VALUES (0, 'running'), (1, 'hiking'), (2, 'cycling'), (3, 'swimming'), (4, 'skiing'), (5, 'tennis'),
             (6, 'climbing'), (7, 'camping')) AS s(slot, sport) ON s.slot = (i % 8);

CREATE TABLE dw.dim_member AS
WITH m AS (SELECT i, DATE '2026-09-30' - floor(pow(r(i, 'join'), 1.3) * 4000)::INT AS joined FROM range(1, 5001) t(i))
SELECT i::INTEGER AS member_sk,
       'TH' || lpad(i::VARCHAR, 7, '0') AS member_no,
       ['Camille', 'Louis', 'Emma', 'Hugo', 'Léa', 'Jules', 'Manon', 'Noah'][1 + floor(r(i, 'fn') * 8)::INT] AS first_name,
       ['Martin', 'Bernard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Fournier'][1 + floor(r(i, 'ln') * 7)::INT] AS last_name,
       'member' || i || '@mail.example' AS email_addr,
       CASE WHEN r(i, 'ph') < 0.25 THEN NULL ELSE '+336' || (10000000 + hash(i, 'p') % 89999999)::VARCHAR END AS phone_no,
       CASE WHEN r(i, 'by') < 0.05 THEN NULL ELSE (1945 + floor(r(i, 'age') * 63))::INTEGER END AS birth_yr,
       CASE WHEN r(i, 'g') < 0.48 THEN 'F' WHEN r(i, 'g') < 0.95 THEN 'M' ELSE 'X' END AS gender_cd,
       ['IDF', 'IDF', 'ARA', 'ARA', 'OCC', 'NAQ', 'BRE', 'HDF'][1 + floor(r(i, 'reg') * 8)::INT] AS home_region_cd,
       dkey(joined) AS join_date_sk,
       CASE WHEN r(i, 'tier') < 0.50 THEN 'BRZ' WHEN r(i, 'tier') < 0.80 THEN 'SLV'
            WHEN r(i, 'tier') < 0.95 THEN 'GLD' ELSE 'PLT' END AS club_tier_cd
FROM m;

-- Receipts: each member shops between their first day in the window and their last active day; a tenth of
-- the receipts are anonymous (no member card shown).
CREATE TABLE dw.fact_receipt_line AS
WITH mb AS (
  SELECT member_sk, home_region_cd,
         floor(pow(r(member_sk, 'la'), 2) * 900)::INT AS quiet_days,
         least(1095, DATE '2026-09-30' - strptime(join_date_sk::VARCHAR, '%Y%m%d')::DATE) AS span
  FROM dw.dim_member),
rc AS (
  SELECT member_sk, home_region_cd, member_sk * 1000 + k AS receipt_no,
         DATE '2026-09-30' - (quiet_days + floor(r(member_sk * 1000 + k, 'd') * greatest(1, span - quiet_days)))::INT AS sold
  FROM mb, unnest(range(CASE WHEN span <= quiet_days THEN 0 ELSE floor(pow(r(member_sk, 'nr'), 2) * 22)::INT END)) u(k)
  UNION ALL
  SELECT NULL, NULL, 90000000 + k, DATE '2026-09-30' - floor(r(k, 'ad') * 1095)::INT
  FROM range(0, 3000) a(k)),
rch AS (
  SELECT *, CASE WHEN r(receipt_no, 'ch') < 0.3 THEN 'W' ELSE 'S' END AS channel_cd FROM rc),
ln AS (
  SELECT rch.*, l AS line_no, 1 + floor(r(receipt_no * 10 + l, 'art') * 160)::INT AS article_sk
  FROM rch, unnest(range(1 + floor(r(receipt_no, 'nl') * 3)::INT)) v(l))
SELECT ln.receipt_no::BIGINT AS receipt_no, ln.line_no::SMALLINT AS line_no, ln.member_sk,
       CASE WHEN ln.channel_cd = 'W' THEN 99 ELSE 1 + floor(r(ln.receipt_no, 'shop') * 12)::INT END AS shop_sk,
       ln.article_sk, dkey(ln.sold) AS sale_date_sk,
       (1 + floor(pow(r(ln.receipt_no * 10 + ln.line_no, 'q'), 3) * 4))::INTEGER AS qty,
       round((1 + floor(pow(r(ln.receipt_no * 10 + ln.line_no, 'q'), 3) * 4))
             * CASE a.price_band WHEN 'ENTRY' THEN 15 WHEN 'MID' THEN 45 ELSE 140 END
             * (0.7 + r(ln.receipt_no * 10 + ln.line_no, 'pr') * 0.6), 2)::DECIMAL(10, 2) AS net_amount,
       ln.channel_cd
FROM ln JOIN dw.dim_article a USING (article_sk)
ORDER BY sale_date_sk, receipt_no, line_no;

CREATE TABLE dw.fact_return AS
SELECT member_sk, dkey(least(DATE '2026-09-30', strptime(sale_date_sk::VARCHAR, '%Y%m%d')::DATE
                             + (1 + floor(r(receipt_no * 10 + line_no, 'rd') * 30))::INT)) AS return_date_sk,
       article_sk, net_amount AS refund_amount
FROM dw.fact_receipt_line
WHERE member_sk IS NOT NULL AND r(receipt_no * 10 + line_no, 'ret') < 0.05
ORDER BY return_date_sk;

CREATE TABLE dw.fact_newsletter AS
WITH k AS (SELECT member_sk, unnest(range(floor(r(member_sk, 'ns') * 36)::INT)) AS k FROM dw.dim_member)
SELECT member_sk,
       dkey(DATE '2026-09-30' - floor(r(member_sk * 100 + k, 'sd') * 730)::INT) AS send_date_sk,
       (r(member_sk * 100 + k, 'op') < 0.35)::INTEGER AS opened_flg,
       (r(member_sk * 100 + k, 'op') < 0.10)::INTEGER AS clicked_flg,
       ['SPRNG', 'SUMMR', 'BTS', 'BLKFR', 'XMAS', 'SKI'][1 + floor(r(member_sk * 100 + k, 'cp') * 6)::INT] AS campaign_cd
FROM k
ORDER BY send_date_sk;

CREATE TABLE mkt.member_consent AS
SELECT member_sk, c.channel_cd, r(member_sk, 'c' || c.channel_cd) < c.p AS is_granted,
       dkey(DATE '2026-09-30' - floor(r(member_sk, 'cd' || c.channel_cd) * 1000)::INT) AS updated_date_sk
FROM dw.dim_member CROSS JOIN (VALUES ('EMAIL', 0.75), ('SMS', 0.45)) c(channel_cd, p)
WHERE r(member_sk, 'cx' || c.channel_cd) < 0.9;

CREATE TABLE mkt.member_optout AS
SELECT member_sk, dkey(DATE '2026-09-30' - floor(r(member_sk, 'od') * 700)::INT) AS optout_date_sk,
       ['unsubscribe link', 'customer service', 'complaint'][1 + floor(r(member_sk, 'os') * 3)::INT] AS optout_source
FROM dw.dim_member WHERE r(member_sk, 'opt') < 0.04;

ALTER TABLE dw.dim_member ADD PRIMARY KEY (member_sk);
ALTER TABLE dw.dim_date ADD PRIMARY KEY (date_sk);
ALTER TABLE dw.dim_shop ADD PRIMARY KEY (shop_sk);
ALTER TABLE dw.dim_article ADD PRIMARY KEY (article_sk);
DROP MACRO dkey;
DROP MACRO r;
