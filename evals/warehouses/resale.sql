-- The Reprise warehouse: a second-hand fashion marketplace (web + iOS/Android app) where members both SELL and BUY
-- (women, men, kids, home). Launched in France (2023-10-01), then Belgium (2024-03-01), Switzerland (2025-01-15)
-- and Quebec, Canada (2025-04-01). 10,000 members, three years of activity up to as_of 2026-09-30.
-- Not a star: an operational model with native DATE / TIMESTAMP columns and no calendar table:
--   core.member                 the audience (individuals PART and professional sellers PRO, a referrer member)
--   market.brand / listing      items put on sale by a seller member
--   market.transaction          one paid order of one listing: BOTH buyer_id and seller_id point to core.member
--   market.offer / favourite    price offers made by buyers on listings; likes
--   market.review               stars left by the buyer on the seller or by the seller on the buyer (rater / rated)
--   market.boost                paid visibility bought by a seller for a listing
--   wallet.movement / balance   the seller balance: sale credits, payouts to the bank, purchases paid from it;
--                               the current balance per member
--   support.dispute             claims opened by buyers, resolved for the buyer (refund) or the seller
--   app.session                 app and web sessions
--   crm.*                       campaigns (e-mail, push, SMS), messages with opens and clicks, consent, do-not-contact
--   ds.member_score             churn and seller-potential scores; ds.fraud_score (Trust & Safety only, never for
--                               marketing: left out of the catalog on purpose)
-- Amounts are in EUR (Swiss and Canadian members pay in local currency, converted at the day's rate by finance).
-- Deterministic: every draw is a hash (no random()). Runs on an empty in-memory DuckDB in a few seconds.
-- Catalog: schema_catalog/catalogs/resale.yaml; blind set: evals/resale/
CREATE MACRO r(k, s) AS ((hash(k, s, 65) % 1000003)::DOUBLE / 1000003.0);
CREATE MACRO secs(x) AS to_seconds((x)::BIGINT);
CREATE SCHEMA meta; CREATE SCHEMA core; CREATE SCHEMA market; CREATE SCHEMA wallet; CREATE SCHEMA support;
CREATE SCHEMA app; CREATE SCHEMA crm; CREATE SCHEMA ds;
CREATE TABLE meta.warehouse AS SELECT DATE '2026-09-30' AS as_of;

-- Hidden draws of each member (dropped at the end): activity window, roles, propensities.
CREATE TEMP TABLE h AS
WITH a AS (
  SELECT i, 500000 + i AS member_id,
         CASE WHEN r(i, 'ctry') < 0.60 THEN 'FR' WHEN r(i, 'ctry') < 0.78 THEN 'BE'
              WHEN r(i, 'ctry') < 0.88 THEN 'CH' ELSE 'CA' END AS country
  FROM range(1, 10001) t(i)),
b AS (
  SELECT a.*, CASE country WHEN 'FR' THEN DATE '2023-10-01' WHEN 'BE' THEN DATE '2024-03-01'
                           WHEN 'CH' THEN DATE '2025-01-15' ELSE DATE '2025-04-01' END AS launch
  FROM a),
c AS (
  SELECT b.*, DATE '2026-09-30' - floor(pow(r(i, 'su'), 1.25) * (DATE '2026-09-30' - launch + 1))::INT AS signup
  FROM b)
SELECT c.*,
       signup + floor((1 - pow(r(i, 'quiet'), 3)) * (DATE '2026-09-30' - signup))::INT AS end_d,
       (country IN ('FR', 'BE') AND r(i, 'pro') < 0.035) OR (country IN ('CH', 'CA') AND r(i, 'pro') < 0.015) AS is_pro,
       r(i, 'sell') < 0.42 AS sells,
       CASE WHEN r(i, 'nobuy') < 0.28 THEN 0 ELSE 1 + floor(pow(r(i, 'buy'), 2.2) * 30)::INT END AS buy_w,
       CASE WHEN r(i, 'mc') < 0.55 THEN 'WOMEN' WHEN r(i, 'mc') < 0.73 THEN 'MEN'
            WHEN r(i, 'mc') < 0.90 THEN 'KIDS' ELSE 'HOME' END AS main_cat,
       r(i, 'act') AS act, r(i, 'eng') AS eng
FROM c;

CREATE TABLE core.member AS
SELECT h.member_id::INTEGER AS member_id,
       lower(['lili', 'vintage', 'dressing', 'mode', 'petit', 'chic', 'rétro', 'fripe', 'belle', 'joli'][1 + floor(r(i, 'u1') * 10)::INT]
             || ['_', '.', ''][1 + floor(r(i, 'u2') * 3)::INT]
             || ['marie', 'lou', 'jo', 'camcam', 'nina', 'leo', 'zoe', 'max', 'julie', 'sam'][1 + floor(r(i, 'u3') * 10)::INT]
             || (i % 997)::VARCHAR) AS username,
       ['Camille', 'Léa', 'Manon', 'Chloé', 'Emma', 'Sarah', 'Julie', 'Inès', 'Louise', 'Jade', 'Lucas', 'Hugo',
        'Thomas', 'Nathan', 'Louis', 'Gabriel', 'Mathis', 'Noah', 'Élodie', 'Sophie'][1 + floor(r(i, 'fn') * 20)::INT] AS first_name,
       ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Peeters',
        'Janssens', 'Maes', 'Favre', 'Rochat', 'Müller', 'Tremblay', 'Gagnon', 'Roy', 'Côté'][1 + floor(r(i, 'ln') * 20)::INT] AS last_name,
       'member' || h.member_id || '@mail.example' AS email,
       CASE WHEN r(i, 'ph') < 0.25 THEN NULL
            ELSE CASE country WHEN 'FR' THEN '+336' WHEN 'BE' THEN '+324' WHEN 'CH' THEN '+417' ELSE '+1514' END
                 || lpad((hash(i, 'phn') % 99999999)::VARCHAR, 8, '0') END AS phone,
       signup AS signup_date,
       country AS country_code,
       CASE country
         WHEN 'FR' THEN ['Paris', 'Paris', 'Paris', 'Paris', 'Lyon', 'Lyon', 'Marseille', 'Toulouse', 'Bordeaux', 'Lille',
                         'Nantes', 'Nice', 'Strasbourg', 'Montpellier', 'Rennes', 'Grenoble'][1 + floor(r(i, 'city') * 16)::INT]
         WHEN 'BE' THEN ['Bruxelles', 'Bruxelles', 'Bruxelles', 'Liège', 'Namur', 'Charleroi', 'Gent', 'Antwerpen',
                         'Mons'][1 + floor(r(i, 'city') * 9)::INT]
         WHEN 'CH' THEN ['Genève', 'Genève', 'Lausanne', 'Lausanne', 'Zürich', 'Fribourg', 'Neuchâtel', 'Sion'][1 + floor(r(i, 'city') * 8)::INT]
         ELSE ['Montréal', 'Montréal', 'Montréal', 'Montréal', 'Québec', 'Québec', 'Laval', 'Gatineau', 'Sherbrooke',
               'Trois-Rivières'][1 + floor(r(i, 'city') * 10)::INT] END AS city,
       CASE WHEN r(i, 'g') < 0.71 THEN 'F' WHEN r(i, 'g') < 0.95 THEN 'M' WHEN r(i, 'g') < 0.97 THEN 'X' ELSE 'U' END AS gender,
       CASE WHEN r(i, 'by') < 0.14 THEN NULL
            ELSE (2008 - floor(pow(r(i, 'age'), 1.6) * 58))::SMALLINT END AS birth_year,
       CASE WHEN is_pro THEN 'PRO' ELSE 'PART' END AS member_type,
       (is_pro OR r(i, 'ver') < 0.48) AS is_verified,
       CASE country
         WHEN 'FR' THEN 'fr'
         WHEN 'BE' THEN CASE WHEN r(i, 'lg') < 0.7 THEN 'fr' ELSE 'nl' END
         WHEN 'CH' THEN CASE WHEN r(i, 'lg') < 0.75 THEN 'fr' ELSE 'de' END
         ELSE CASE WHEN r(i, 'lg') < 0.85 THEN 'fr' ELSE 'en' END END AS language,
       CASE WHEN r(i, 'sp') < 0.38 THEN 'IOS' WHEN r(i, 'sp') < 0.74 THEN 'ANDROID' ELSE 'WEB' END AS signup_platform,
       CASE WHEN r(i, 'acct') < 0.03 THEN 'CLOSED' WHEN r(i, 'acct') < 0.042 THEN 'SUSPENDED' ELSE 'ACTIVE' END AS account_status
FROM h
ORDER BY member_id;

-- Referral ("parrainage"): 12% of members joined through another member's invitation, who had joined before them.
ALTER TABLE core.member ADD COLUMN referrer_id INTEGER;
UPDATE core.member m SET referrer_id = x.ref
FROM (SELECT m1.member_id, arg_min(m2.member_id, r(m1.member_id * 7 + m2.member_id, 'rf')) AS ref
      FROM core.member m1 JOIN core.member m2
        ON m2.country_code = m1.country_code AND m2.signup_date < m1.signup_date
       AND m2.member_id % 53 = m1.member_id % 53
      WHERE r(m1.member_id, 'refd') < 0.12
      GROUP BY m1.member_id) x
WHERE m.member_id = x.member_id;

-- Postal codes (French département in the first two digits; Belgian and Swiss 4 digits; Canadian FSA + LDU).
ALTER TABLE core.member ADD COLUMN postal_code VARCHAR;
UPDATE core.member SET postal_code = CASE city
  WHEN 'Paris' THEN '750' || lpad((1 + member_id % 20)::VARCHAR, 2, '0')
  WHEN 'Lyon' THEN '6900' || (1 + member_id % 9)::VARCHAR
  WHEN 'Marseille' THEN '130' || lpad((1 + member_id % 16)::VARCHAR, 2, '0')
  WHEN 'Toulouse' THEN '31000' WHEN 'Bordeaux' THEN '33000' WHEN 'Lille' THEN '59000' WHEN 'Nantes' THEN '44000'
  WHEN 'Nice' THEN '06000' WHEN 'Strasbourg' THEN '67000' WHEN 'Montpellier' THEN '34000' WHEN 'Rennes' THEN '35000'
  WHEN 'Grenoble' THEN '38000'
  WHEN 'Bruxelles' THEN ['1000', '1050', '1060', '1180', '1200'][1 + member_id % 5]
  WHEN 'Liège' THEN '4000' WHEN 'Namur' THEN '5000' WHEN 'Charleroi' THEN '6000' WHEN 'Gent' THEN '9000'
  WHEN 'Antwerpen' THEN '2000' WHEN 'Mons' THEN '7000'
  WHEN 'Genève' THEN '120' || (1 + member_id % 9)::VARCHAR WHEN 'Lausanne' THEN '1003' WHEN 'Zürich' THEN '8001'
  WHEN 'Fribourg' THEN '1700' WHEN 'Neuchâtel' THEN '2000' WHEN 'Sion' THEN '1950'
  WHEN 'Montréal' THEN 'H2' || ['X', 'J', 'T', 'L'][1 + member_id % 4] || ' ' || (member_id % 9)::VARCHAR || 'A' || (member_id % 7)::VARCHAR
  WHEN 'Québec' THEN 'G1R ' || (member_id % 9)::VARCHAR || 'B' || (member_id % 7)::VARCHAR
  WHEN 'Laval' THEN 'H7N 2C' || (member_id % 9)::VARCHAR
  WHEN 'Gatineau' THEN 'J8X 3D' || (member_id % 9)::VARCHAR
  WHEN 'Sherbrooke' THEN 'J1H 4E' || (member_id % 9)::VARCHAR
  ELSE 'G9A 5F' || (member_id % 9)::VARCHAR END;

-- Brands: tier LUX luxury, PREM premium, MASS high-street; cats says the categories it sells in (W women, M men,
-- K kids, H home); weight its share of listings.
CREATE TABLE market.brand AS
SELECT * FROM (VALUES
  (1, 'Zara', 'MASS', 'WMK', 14), (2, 'H&M', 'MASS', 'WMK', 14), (3, 'Mango', 'MASS', 'W', 7), (4, 'Kiabi', 'MASS', 'WMK', 8),
  (5, 'Uniqlo', 'MASS', 'WM', 5), (6, 'Pull&Bear', 'MASS', 'WM', 4), (7, 'Promod', 'MASS', 'W', 4), (8, 'Celio', 'MASS', 'M', 5),
  (9, 'Jules', 'MASS', 'M', 4), (10, 'Nike', 'MASS', 'WMK', 9), (11, 'Adidas', 'MASS', 'WMK', 8), (12, 'Converse', 'MASS', 'WMK', 3),
  (13, 'Levi''s', 'PREM', 'WM', 6), (14, 'Veja', 'PREM', 'WM', 3), (15, 'Sézane', 'PREM', 'W', 5), (16, 'Maje', 'PREM', 'W', 3),
  (17, 'Sandro', 'PREM', 'WM', 3), (18, 'The Kooples', 'PREM', 'WM', 2), (19, 'Ba&sh', 'PREM', 'W', 3),
  (20, 'Comptoir des Cotonniers', 'PREM', 'W', 2), (21, 'Ralph Lauren', 'PREM', 'WMK', 3), (22, 'Lacoste', 'PREM', 'WM', 3),
  (23, 'Petit Bateau', 'PREM', 'K', 8), (24, 'Jacadi', 'PREM', 'K', 4), (25, 'Cyrillus', 'PREM', 'K', 3),
  (26, 'Okaïdi', 'MASS', 'K', 7), (27, 'Vertbaudet', 'MASS', 'K', 6), (28, 'Lego', 'MASS', 'K', 4), (29, 'Vtech', 'MASS', 'K', 3),
  (30, 'Louis Vuitton', 'LUX', 'W', 1), (31, 'Chanel', 'LUX', 'W', 1), (32, 'Hermès', 'LUX', 'W', 1), (33, 'Gucci', 'LUX', 'WM', 1),
  (34, 'Prada', 'LUX', 'W', 1), (35, 'Saint Laurent', 'LUX', 'W', 1), (36, 'Maisons du Monde', 'MASS', 'H', 7),
  (37, 'IKEA', 'MASS', 'H', 7), (38, 'Zara Home', 'MASS', 'H', 5), (39, 'Le Creuset', 'PREM', 'H', 3), (40, 'Arket', 'PREM', 'WMK', 2))
  AS b(brand_id, brand_name, brand_tier, cats, weight);

CREATE TEMP TABLE brand_pool AS
SELECT c.category, b.brand_id, row_number() OVER (PARTITION BY c.category ORDER BY b.brand_id, k) - 1 AS n
FROM market.brand b CROSS JOIN (VALUES ('WOMEN', 'W'), ('MEN', 'M'), ('KIDS', 'K'), ('HOME', 'H')) c(category, letter),
     unnest(range(b.weight)) u(k)
WHERE contains(b.cats, c.letter);
CREATE TEMP TABLE brand_cnt AS SELECT category, count(*) AS cnt FROM brand_pool GROUP BY category;

-- Listings: each selling member lists items uniformly over their activity window.
CREATE TEMP TABLE l0 AS
WITH s AS (
  SELECT h.*, CASE WHEN is_pro THEN 30 + floor(pow(r(i, 'nl'), 1.5) * 150)::INT
                   ELSE 1 + floor(pow(r(i, 'nl'), 2.8) * 35)::INT END AS n_list
  FROM h WHERE sells OR is_pro),
l AS (
  SELECT s.member_id AS seller_id, s.country, s.is_pro, s.member_id::BIGINT * 1000 + k AS lk,
         (s.signup + floor(r(s.member_id::BIGINT * 1000 + k, 'ld') * (s.end_d - s.signup + 1))::INT)::TIMESTAMP
           + secs(25200 + floor(r(s.member_id::BIGINT * 1000 + k, 'lt') * 61200)) AS listed_at,
         CASE WHEN r(s.member_id::BIGINT * 1000 + k, 'cp') < 0.65 THEN s.main_cat
              ELSE ['WOMEN', 'WOMEN', 'WOMEN', 'MEN', 'KIDS', 'HOME'][1 + floor(r(s.member_id::BIGINT * 1000 + k, 'cr') * 6)::INT] END AS category
  FROM s, unnest(range(s.n_list)) u(k)),
l2 AS (
  SELECT l.*,
         CASE category
           WHEN 'WOMEN' THEN ['DRESS', 'DRESS', 'TOP', 'TOP', 'KNIT', 'JEANS', 'COAT', 'SHOES', 'SNEAKERS', 'BAG', 'BAG', 'ACCESSORY'][1 + floor(r(lk, 'it') * 12)::INT]
           WHEN 'MEN' THEN ['TOP', 'TOP', 'KNIT', 'JEANS', 'COAT', 'SNEAKERS', 'SHOES', 'ACCESSORY'][1 + floor(r(lk, 'it') * 8)::INT]
           WHEN 'KIDS' THEN ['KIDS_CLOTHING', 'KIDS_CLOTHING', 'KIDS_CLOTHING', 'KIDS_SHOES', 'TOY', 'TOY', 'CHILDCARE'][1 + floor(r(lk, 'it') * 7)::INT]
           ELSE ['DECOR', 'DECOR', 'HOME_TEXTILE', 'TABLEWARE'][1 + floor(r(lk, 'it') * 4)::INT] END AS item_type,
         CASE WHEN r(lk, 'cd') < 0.15 THEN 'NWT' WHEN r(lk, 'cd') < 0.55 THEN 'VG' WHEN r(lk, 'cd') < 0.90 THEN 'G' ELSE 'F' END AS cond,
         CASE WHEN r(lk, 'nob') < CASE category WHEN 'HOME' THEN 0.25 WHEN 'KIDS' THEN 0.12 ELSE 0.07 END THEN NULL
              ELSE (SELECT bp.brand_id FROM brand_pool bp JOIN brand_cnt bc USING (category)
                    WHERE bp.category = l.category AND bp.n = floor(r(lk, 'br') * bc.cnt)::INT) END AS brand_id
  FROM l)
SELECT l2.*, b.brand_tier,
       greatest(1, round(CASE item_type WHEN 'DRESS' THEN 18 WHEN 'TOP' THEN 9 WHEN 'KNIT' THEN 16 WHEN 'JEANS' THEN 17
                          WHEN 'COAT' THEN 35 WHEN 'SHOES' THEN 25 WHEN 'SNEAKERS' THEN 30 WHEN 'BAG' THEN 25
                          WHEN 'ACCESSORY' THEN 10 WHEN 'KIDS_CLOTHING' THEN 6 WHEN 'KIDS_SHOES' THEN 10 WHEN 'TOY' THEN 12
                          WHEN 'CHILDCARE' THEN 35 WHEN 'DECOR' THEN 14 WHEN 'HOME_TEXTILE' THEN 15 ELSE 12 END
                     * CASE b.brand_tier WHEN 'LUX' THEN 22 WHEN 'PREM' THEN 2.8 WHEN 'MASS' THEN 1 ELSE 0.8 END
                     * CASE cond WHEN 'NWT' THEN 1.35 WHEN 'VG' THEN 1.0 WHEN 'G' THEN 0.78 ELSE 0.55 END
                     * (0.5 + pow(r(lk, 'px'), 1.3) * 1.3) * 2) / 2)::DECIMAL(10, 2) AS price_asked,
       r(lk, 'sold') < 0.56 + CASE cond WHEN 'NWT' THEN 0.08 WHEN 'F' THEN -0.12 ELSE 0 END
                     + CASE WHEN b.brand_tier = 'LUX' THEN -0.15 ELSE 0 END + CASE WHEN l2.is_pro THEN 0.05 ELSE 0 END AS sells,
       listed_at + secs(floor(pow(r(lk, 'dl'), 2.2) * 110 * 86400) + 600) AS sale_ts
FROM l2 LEFT JOIN market.brand b USING (brand_id);

-- Buyers: purchase "slots" per country (a member's buying weight); a sold listing takes the first of four drawn
-- candidates who was a member, still active, and not its seller on the day it sold.
CREATE TEMP TABLE slot AS
SELECT country, member_id, row_number() OVER (PARTITION BY country ORDER BY member_id, k) - 1 AS n
FROM h, unnest(range(buy_w)) u(k);
CREATE TEMP TABLE slot_cnt AS SELECT country, count(*) AS cnt FROM slot GROUP BY country;

CREATE TEMP TABLE pick AS
WITH c AS (
  SELECT l.lk, l.seller_id, l.sale_ts, j,
         CASE l.country WHEN 'CA' THEN 'CA'
              WHEN 'CH' THEN CASE WHEN r(l.lk, 'bc' || j) < 0.9 THEN 'CH' ELSE 'FR' END
              ELSE CASE WHEN r(l.lk, 'bc' || j) < 0.85 THEN l.country WHEN l.country = 'FR' THEN 'BE' ELSE 'FR' END END AS bc
  FROM l0 l, range(4) t(j)
  WHERE l.sells AND l.sale_ts < TIMESTAMP '2026-10-01')
SELECT c.lk, arg_min(s.member_id, c.j) AS buyer_id
FROM c JOIN slot_cnt sc ON sc.country = c.bc
JOIN slot s ON s.country = c.bc AND s.n = floor(r(c.lk, 'bn' || c.j) * sc.cnt)::INT
JOIN h ON h.member_id = s.member_id
WHERE s.member_id <> c.seller_id AND h.signup <= c.sale_ts::DATE AND h.end_d >= c.sale_ts::DATE
GROUP BY c.lk;

CREATE TEMP TABLE l1 AS
SELECT l0.*, p.buyer_id,
       CASE WHEN p.buyer_id IS NOT NULL THEN 'SOLD'
            WHEN r(lk, 'wd') < 0.16 AND listed_at + secs(86400 + floor(r(lk, 'wdd') * 75 * 86400)) < TIMESTAMP '2026-10-01' THEN 'WITHDRAWN'
            WHEN listed_at + INTERVAL 120 DAY < TIMESTAMP '2026-10-01' THEN 'EXPIRED'
            ELSE 'ACTIVE' END AS status
FROM l0 LEFT JOIN pick p USING (lk);

CREATE TABLE market.listing AS
SELECT (3000000 + row_number() OVER (ORDER BY listed_at, lk))::BIGINT AS listing_id,
       seller_id::INTEGER AS seller_id, category, item_type, brand_id, cond AS condition,
       price_asked, listed_at, status,
       CASE status WHEN 'SOLD' THEN sale_ts
                   WHEN 'WITHDRAWN' THEN listed_at + secs(86400 + floor(r(lk, 'wdd') * 75 * 86400))
                   WHEN 'EXPIRED' THEN listed_at + INTERVAL 120 DAY END AS closed_at,
       lk
FROM l1
ORDER BY listed_at, lk;

-- Transactions: the sale of each SOLD listing, plus payments later cancelled on listings that did not sell.
CREATE TEMP TABLE t0 AS
WITH cx AS (      -- cancelled orders: a buyer paid, then the order was cancelled (seller never shipped, buyer cancelled)
  SELECT l.lk, l.listing_id, l.seller_id, l.listed_at,
         l.listed_at + secs(3600 + floor(r(l.lk, 'cxt') * (epoch(coalesce(l.closed_at, TIMESTAMP '2026-09-30 23:00:00')) - epoch(l.listed_at) - 3600))) AS paid_at
  FROM market.listing l WHERE l.status <> 'SOLD' AND r(l.lk, 'cx') < 0.07),
cxb AS (
  SELECT cx.lk, arg_min(s.member_id, j) AS buyer_id
  FROM cx, range(3) t(j), slot_cnt sc, slot s, h, core.member sm
  WHERE sm.member_id = cx.seller_id AND sc.country = sm.country_code AND s.country = sc.country
    AND s.n = floor(r(cx.lk, 'cxb' || j) * sc.cnt)::INT AND h.member_id = s.member_id AND s.member_id <> cx.seller_id
    AND h.signup <= cx.paid_at::DATE AND h.end_d >= cx.paid_at::DATE
  GROUP BY cx.lk)
SELECT l.lk, l.listing_id, l1.buyer_id, l.seller_id, l.price_asked, l.condition, l1.brand_tier, l.listed_at,
       l.closed_at AS paid_at, false AS cancelled
FROM market.listing l JOIN l1 USING (lk) WHERE l.status = 'SOLD'
UNION ALL
SELECT cx.lk, cx.listing_id, cxb.buyer_id, cx.seller_id, l.price_asked, l.condition, l1.brand_tier, cx.listed_at,
       cx.paid_at, true
FROM cx JOIN cxb USING (lk) JOIN market.listing l USING (lk) JOIN l1 USING (lk)
WHERE cx.paid_at < TIMESTAMP '2026-10-01' AND cx.paid_at > cx.listed_at;

CREATE TEMP TABLE t1 AS
SELECT t0.*, hash(t0.lk, t0.cancelled) % 1000000007 AS tk,
       r(lk, 'offer') < 0.35 AND NOT cancelled AS via_offer,
       CASE WHEN r(lk, 'offer') < 0.35 AND NOT cancelled
            THEN greatest(1, round(price_asked * (0.68 + 0.27 * r(lk, 'ofa')) * 2) / 2)
            ELSE price_asked END::DECIMAL(10, 2) AS price_paid,
       CASE WHEN (SELECT country_code FROM core.member WHERE member_id = t0.buyer_id) = 'CA'
            THEN CASE WHEN r(lk, 'sh' || cancelled) < 0.70 THEN 'HOME' WHEN r(lk, 'sh' || cancelled) < 0.88 THEN 'RELAY' ELSE 'HAND' END
            ELSE CASE WHEN r(lk, 'sh' || cancelled) < 0.66 THEN 'RELAY' WHEN r(lk, 'sh' || cancelled) < 0.90 THEN 'HOME' ELSE 'HAND' END
       END AS shipping_mode
FROM t0;

-- Disputes: opened by the buyer 2-12 days after paying; resolved for the buyer (refunded) or the seller.
CREATE TABLE support.dispute AS
WITH d AS (
  SELECT t1.*, paid_at + secs(172800 + floor(r(tk, 'dop') * 864000)) AS opened_at,
         r(tk, 'dsp') < CASE WHEN brand_tier = 'LUX' THEN 0.12 WHEN condition = 'F' THEN 0.08 ELSE 0.04 END AS has_dispute
  FROM t1 WHERE NOT cancelled),
d2 AS (
  SELECT d.*, opened_at + secs(86400 + floor(pow(r(tk, 'drs'), 1.5) * 25 * 86400)) AS resolve_ts
  FROM d WHERE has_dispute AND opened_at < TIMESTAMP '2026-10-01')
SELECT (90000 + row_number() OVER (ORDER BY opened_at, tk))::INTEGER AS dispute_id, tk, buyer_id::INTEGER AS opened_by_id,
       CASE WHEN brand_tier = 'LUX' AND r(tk, 'drn') < 0.45 THEN 'COUNTERFEIT'
            WHEN r(tk, 'drn') < 0.45 THEN 'NOT_AS_DESCRIBED' WHEN r(tk, 'drn') < 0.67 THEN 'NOT_RECEIVED'
            WHEN r(tk, 'drn') < 0.85 THEN 'DAMAGED' WHEN r(tk, 'drn') < 0.95 THEN 'WRONG_ITEM' ELSE 'COUNTERFEIT' END AS reason,
       opened_at,
       CASE WHEN resolve_ts >= TIMESTAMP '2026-10-01' THEN 'OPEN'
            WHEN r(tk, 'dwin') < 0.58 THEN 'RESOLVED_BUYER' ELSE 'RESOLVED_SELLER' END AS status,
       CASE WHEN resolve_ts < TIMESTAMP '2026-10-01' THEN resolve_ts END AS resolved_at
FROM d2
ORDER BY opened_at;

CREATE TEMP TABLE t2 AS
SELECT t1.*, d.status AS dispute_status, d.resolved_at,
       CASE WHEN shipping_mode = 'HAND' THEN paid_at + secs(3600 + floor(r(tk, 'cpl') * 172800))
            ELSE paid_at + secs(172800 + floor(r(tk, 'cpl') * 604800)) END AS confirm_ts
FROM t1 LEFT JOIN support.dispute d USING (tk);

CREATE TABLE market.transaction AS
SELECT (8000000 + row_number() OVER (ORDER BY paid_at, tk))::BIGINT AS transaction_id,
       listing_id, buyer_id::INTEGER AS buyer_id, seller_id::INTEGER AS seller_id, price_paid,
       round(0.70 + 0.05 * price_paid, 2)::DECIMAL(10, 2) AS buyer_protection_fee,
       (CASE shipping_mode WHEN 'RELAY' THEN 2.99 + floor(r(tk, 'shf') * 4) * 0.40
                           WHEN 'HOME' THEN 5.49 + floor(r(tk, 'shf') * 8) * 0.50 ELSE 0 END)::DECIMAL(10, 2) AS shipping_fee,
       shipping_mode,
       CASE WHEN r(tk, 'pm') < 0.58 THEN 'CARD' WHEN r(tk, 'pm') < 0.84 THEN 'PAYPAL' ELSE 'APPLE_PAY' END AS payment_method,
       paid_at,
       CASE WHEN cancelled THEN 'CANCELLED'
            WHEN dispute_status = 'OPEN' THEN 'DISPUTED'
            WHEN dispute_status = 'RESOLVED_BUYER' THEN 'REFUNDED'
            WHEN dispute_status = 'RESOLVED_SELLER' THEN 'COMPLETED'
            WHEN confirm_ts >= TIMESTAMP '2026-10-01' THEN 'IN_TRANSIT'
            ELSE 'COMPLETED' END AS status,
       CASE WHEN cancelled THEN NULL
            WHEN dispute_status = 'RESOLVED_SELLER' THEN resolved_at
            WHEN dispute_status IS NOT NULL THEN NULL
            WHEN confirm_ts >= TIMESTAMP '2026-10-01' THEN NULL ELSE confirm_ts END AS completed_at,
       CASE WHEN cancelled THEN paid_at + secs(3600 + floor(r(tk, 'cxw') * 259200)) END AS cancelled_at,
       tk, via_offer, lk
FROM t2
ORDER BY paid_at, tk;
ALTER TABLE market.transaction ADD COLUMN total_paid DECIMAL(10, 2);
UPDATE market.transaction SET total_paid = price_paid + buyer_protection_fee + shipping_fee;
UPDATE market.transaction SET cancelled_at = least(cancelled_at, TIMESTAMP '2026-09-30 23:59:00') WHERE status = 'CANCELLED';

ALTER TABLE support.dispute ADD COLUMN transaction_id BIGINT;
UPDATE support.dispute d SET transaction_id = t.transaction_id FROM market.transaction t WHERE t.tk = d.tk;

-- Offers: the accepted offer behind each sale made through an offer, and declined / expired / pending offers.
CREATE TABLE market.offer AS
WITH acc AS (
  SELECT t.listing_id, t.buyer_id, t.price_paid AS amount,
         greatest(l.listed_at + INTERVAL 10 MINUTE, t.paid_at - secs(600 + floor(r(t.tk, 'oft') * 86400))) AS made_at,
         'ACCEPTED' AS status, t.tk AS ok
  FROM market.transaction t JOIN market.listing l USING (listing_id) WHERE t.via_offer),
cand AS (
  SELECT l.listing_id, l.lk, l.seller_id, l.listed_at, l.price_asked,
         coalesce(l.closed_at, TIMESTAMP '2026-09-30 23:59:00') AS until_ts, j, m.country_code AS country
  FROM market.listing l JOIN core.member m ON m.member_id = l.seller_id, range(3) t(j)
  WHERE r(l.lk, 'nof') < CASE j WHEN 0 THEN 0.30 WHEN 1 THEN 0.12 ELSE 0.05 END),
cand1 AS (
  SELECT c.*, floor(r(c.lk, 'ofb' || j) * sc.cnt)::INT AS sn
  FROM cand c JOIN slot_cnt sc ON sc.country = c.country),
cand2 AS (
  SELECT c.*, c.listed_at + secs(floor(r(c.lk, 'oftm' || j) * (epoch(c.until_ts) - epoch(c.listed_at)))) AS made_at,
         s.member_id AS buyer_id
  FROM cand1 c JOIN slot s ON s.country = c.country AND s.n = c.sn
  WHERE s.member_id <> c.seller_id)
SELECT * FROM acc
UNION ALL
SELECT c.listing_id, c.buyer_id,
       greatest(1, round(c.price_asked * (0.40 + 0.45 * r(c.lk, 'ofv' || j)) * 2) / 2)::DECIMAL(10, 2),
       c.made_at,
       CASE WHEN c.made_at > TIMESTAMP '2026-09-28 23:59:00' THEN 'PENDING'
            WHEN r(c.lk, 'ofs' || j) < 0.55 THEN 'DECLINED' ELSE 'EXPIRED' END,
       c.lk * 10 + j
FROM cand2 c JOIN h ON h.member_id = c.buyer_id
WHERE h.signup <= c.made_at::DATE AND h.end_d >= c.made_at::DATE;
CREATE TABLE market.offer2 AS
SELECT (6000000 + row_number() OVER (ORDER BY made_at, ok))::BIGINT AS offer_id, listing_id, buyer_id::INTEGER AS buyer_id,
       amount::DECIMAL(10, 2) AS amount, made_at, status
FROM market.offer ORDER BY made_at, ok;
DROP TABLE market.offer;
ALTER TABLE market.offer2 RENAME TO offer;

-- Favourites (likes): browsing likes on listings of the member's country, plus a like before many purchases.
CREATE TABLE market.favourite AS
WITH lp AS (
  SELECT l.listing_id, l.listed_at, coalesce(l.closed_at, TIMESTAMP '2026-09-30 23:59:00') AS until_ts, m.country_code AS country,
         row_number() OVER (PARTITION BY m.country_code ORDER BY l.listing_id) - 1 AS n
  FROM market.listing l JOIN core.member m ON m.member_id = l.seller_id),
lc AS (SELECT country, count(*) AS cnt FROM lp GROUP BY country),
f AS (
  SELECT h.member_id, h.signup, h.end_d, h.country, k
  FROM h, unnest(range(CASE WHEN h.buy_w > 0 OR r(h.i, 'brw') < 0.3 THEN floor(pow(r(h.i, 'nfav'), 1.8) * 45)::INT ELSE 0 END)) u(k)),
f2 AS (
  SELECT f.member_id, lp.listing_id,
         lp.listed_at + secs(floor(r(f.member_id * 100 + k, 'fvt') * (epoch(lp.until_ts) - epoch(lp.listed_at)))) AS created_at,
         f.signup, f.end_d
  FROM f JOIN lc ON lc.country = f.country
  JOIN lp ON lp.country = f.country AND lp.n = floor(r(f.member_id * 100 + k, 'fvl') * lc.cnt)::INT),
f3 AS (
  SELECT member_id, listing_id, created_at FROM f2
  WHERE created_at::DATE BETWEEN signup AND end_d
  UNION ALL
  SELECT t.buyer_id, t.listing_id, t.paid_at - secs(floor(r(t.tk, 'fvb') * (epoch(t.paid_at) - epoch(l.listed_at)))) 
  FROM market.transaction t JOIN market.listing l USING (listing_id) WHERE r(t.tk, 'fav') < 0.4)
SELECT member_id::INTEGER AS member_id, listing_id, min(created_at) AS created_at
FROM f3 GROUP BY member_id, listing_id
ORDER BY created_at, member_id;

-- Reviews: the buyer rates the seller, the seller rates the buyer (1 to 5 stars), after the order is completed or
-- refunded; rater_role says who wrote it.
CREATE TABLE market.review AS
WITH b AS (
  SELECT t.transaction_id, t.buyer_id AS rater_id, t.seller_id AS rated_id, 'BUYER' AS rater_role,
         coalesce(t.completed_at, d.resolved_at) + secs(3600 + floor(r(t.tk, 'rvt') * 5 * 86400)) AS created_at,
         CASE WHEN t.status = 'REFUNDED' THEN CASE WHEN r(t.tk, 'rvs') < 0.6 THEN 1 WHEN r(t.tk, 'rvs') < 0.85 THEN 2 ELSE 3 END
              WHEN r(t.tk, 'rvs') < 0.70 THEN 5 WHEN r(t.tk, 'rvs') < 0.88 THEN 4 WHEN r(t.tk, 'rvs') < 0.94 THEN 3
              WHEN r(t.tk, 'rvs') < 0.97 THEN 2 ELSE 1 END AS stars, t.tk
  FROM market.transaction t LEFT JOIN support.dispute d USING (transaction_id)
  WHERE t.status IN ('COMPLETED', 'REFUNDED') AND r(t.tk, 'rvb') < CASE WHEN t.status = 'REFUNDED' THEN 0.7 ELSE 0.62 END),
s AS (
  SELECT t.transaction_id, t.seller_id, t.buyer_id, 'SELLER',
         t.completed_at + secs(1800 + floor(r(t.tk, 'rst') * 4 * 86400)),
         CASE WHEN r(t.tk, 'rss') < 0.82 THEN 5 WHEN r(t.tk, 'rss') < 0.94 THEN 4 WHEN r(t.tk, 'rss') < 0.97 THEN 3
              WHEN r(t.tk, 'rss') < 0.99 THEN 2 ELSE 1 END, t.tk + 1
  FROM market.transaction t
  WHERE t.status = 'COMPLETED' AND r(t.tk, 'rvsl') < 0.42),
u AS (SELECT * FROM b UNION ALL SELECT * FROM s)
SELECT (700000 + row_number() OVER (ORDER BY created_at, tk))::BIGINT AS review_id, transaction_id,
       rater_id::INTEGER AS rater_id, rated_id::INTEGER AS rated_id, rater_role, stars::SMALLINT AS stars, created_at
FROM u WHERE created_at < TIMESTAMP '2026-10-01'
ORDER BY created_at, tk;

-- Boosts: paid visibility a seller buys for one listing (BUMP: back to the top for 3 days; SPOTLIGHT: 7 days in the
-- spotlight), while it is on sale.
CREATE TABLE market.boost AS
WITH s AS (
  SELECT member_id, CASE WHEN is_pro THEN 0.25 WHEN r(i, 'bsp') < 0.2 THEN 0.15 ELSE 0 END AS bp FROM h),
b AS (
  SELECT l.listing_id, l.seller_id, l.lk, l.listed_at, l.price_asked,
         least(coalesce(l.closed_at, TIMESTAMP '2026-09-30 23:59:00'), l.listed_at + INTERVAL 30 DAY) AS until_ts, k
  FROM market.listing l JOIN s ON s.member_id = l.seller_id,
       unnest(range(CASE WHEN r(l.lk, 'bst') < s.bp THEN 1 + floor(pow(r(l.lk, 'nbst'), 2) * 3)::INT ELSE 0 END)) u(k))
SELECT (400000 + row_number() OVER (ORDER BY bought_at, lk, k))::BIGINT AS boost_id, listing_id, seller_id,
       boost_type, price, bought_at, CASE boost_type WHEN 'BUMP' THEN 3 ELSE 7 END::SMALLINT AS duration_days
FROM (
  SELECT b.*, listed_at + secs(floor(r(lk * 10 + k, 'bt') * (epoch(until_ts) - epoch(listed_at)))) AS bought_at,
         CASE WHEN r(lk * 10 + k, 'bty') < 0.75 THEN 'BUMP' ELSE 'SPOTLIGHT' END AS boost_type,
         CASE WHEN r(lk * 10 + k, 'bty') < 0.75 THEN least(4.95, round(0.95 + price_asked * 0.02, 2)) ELSE 6.95 END::DECIMAL(10, 2) AS price
  FROM b) x
WHERE bought_at < TIMESTAMP '2026-10-01'
ORDER BY bought_at, lk, k;

-- Wallet: sales credit the seller's balance when the order is completed; members cash out to their bank on the
-- 5th of some months (the whole balance); a member may pay one purchase per payout period from the balance.
CREATE TEMP TABLE credit AS
SELECT seller_id AS member_id, completed_at AS ts, price_paid AS amount, transaction_id
FROM market.transaction WHERE status = 'COMPLETED';
CREATE TEMP TABLE payday AS
SELECT p.member_id, (month_start + INTERVAL 4 DAY + INTERVAL 10 HOUR)::TIMESTAMP AS payout_ts
FROM (SELECT DISTINCT member_id FROM credit) p,
     (SELECT unnest(range(DATE '2023-11-01', DATE '2026-10-01', INTERVAL 1 MONTH))::DATE AS month_start) ms
WHERE r(p.member_id * 1000 + month(month_start) + 12 * year(month_start), 'po') < 0.15 + 0.6 * r(p.member_id, 'pop')
UNION ALL
SELECT DISTINCT member_id, TIMESTAMP '2099-01-01' FROM credit;        -- the balance not yet paid out
CREATE TEMP TABLE credit_p AS
SELECT c.*, p.payout_ts FROM credit c ASOF JOIN payday p ON c.member_id = p.member_id AND c.ts <= p.payout_ts;
CREATE TEMP TABLE bal_buy AS
WITH b AS (
  SELECT t.transaction_id, t.buyer_id AS member_id, t.paid_at AS ts, t.total_paid, t.tk, p.payout_ts
  FROM market.transaction t ASOF JOIN payday p ON t.buyer_id = p.member_id AND t.paid_at <= p.payout_ts
  WHERE t.status IN ('COMPLETED', 'IN_TRANSIT', 'DISPUTED')),
e AS (
  SELECT b.transaction_id, b.member_id, b.ts, b.total_paid, b.tk, b.payout_ts
  FROM b JOIN credit_p c ON c.member_id = b.member_id AND c.payout_ts = b.payout_ts AND c.ts < b.ts
  GROUP BY ALL HAVING sum(c.amount) >= b.total_paid)
SELECT member_id, payout_ts, arg_min(transaction_id, ts) AS transaction_id, arg_min(total_paid, ts) AS amount,
       min(ts) AS ts
FROM e WHERE r(tk, 'bal') < 0.55
GROUP BY member_id, payout_ts;
UPDATE market.transaction SET payment_method = 'BALANCE' WHERE transaction_id IN (SELECT transaction_id FROM bal_buy);

CREATE TABLE wallet.movement AS
WITH m AS (
  SELECT member_id, 'SALE_CREDIT' AS movement_type, amount, ts AS created_at, transaction_id FROM credit_p
  UNION ALL
  SELECT member_id, 'PURCHASE', -amount, ts, transaction_id FROM bal_buy
  UNION ALL
  SELECT c.member_id, 'PAYOUT', -(sum(c.amount) - coalesce(max(b.amount), 0)), c.payout_ts, NULL
  FROM credit_p c LEFT JOIN bal_buy b ON b.member_id = c.member_id AND b.payout_ts = c.payout_ts
  WHERE c.payout_ts < TIMESTAMP '2026-10-01'
  GROUP BY c.member_id, c.payout_ts
  HAVING sum(c.amount) - coalesce(max(b.amount), 0) > 0)
SELECT (20000000 + row_number() OVER (ORDER BY created_at, member_id, movement_type))::BIGINT AS movement_id,
       member_id::INTEGER AS member_id, movement_type, CASE WHEN amount > 0 THEN 'IN' ELSE 'OUT' END AS direction,
       abs(amount)::DECIMAL(10, 2) AS amount, created_at, transaction_id
FROM m ORDER BY created_at, member_id, movement_type;

-- The balance as the wallet service holds it now: one row per member (0 when nothing was ever credited).
CREATE TABLE wallet.balance AS
SELECT m.member_id,
       coalesce(sum(CASE w.direction WHEN 'IN' THEN w.amount ELSE -w.amount END), 0)::DECIMAL(10, 2) AS balance,
       max(w.created_at) AS last_movement_at
FROM core.member m LEFT JOIN wallet.movement w USING (member_id)
GROUP BY m.member_id ORDER BY m.member_id;

-- App and web sessions over each member's activity window.
CREATE TABLE app.session AS
WITH s AS (
  SELECT h.member_id, h.i, h.signup, h.end_d,
         CASE (SELECT signup_platform FROM core.member m WHERE m.member_id = h.member_id)
           WHEN 'IOS' THEN 'IOS' WHEN 'ANDROID' THEN 'ANDROID' ELSE 'WEB' END AS main_pf,
         floor(((h.end_d - h.signup) / 30.4 + 1) * (0.3 + pow(h.act, 2) * 9))::INT AS n
  FROM h),
x AS (
  SELECT s.member_id, s.main_pf, s.member_id::BIGINT * 10000 + k AS sk,
         (s.signup + floor(r(s.member_id::BIGINT * 10000 + k, 'sd') * (s.end_d - s.signup + 1))::INT)::TIMESTAMP
           + secs(21600 + floor(r(s.member_id::BIGINT * 10000 + k, 'st') * 64800)) AS started_at
  FROM s, unnest(range(s.n)) u(k))
SELECT (row_number() OVER (ORDER BY started_at, sk))::BIGINT AS session_id, member_id::INTEGER AS member_id, started_at,
       CASE WHEN r(sk, 'pf') < 0.75 THEN main_pf WHEN r(sk, 'pf') < 0.9 THEN 'WEB'
            WHEN main_pf = 'IOS' THEN 'ANDROID' ELSE 'IOS' END AS platform,
       (20 + floor(pow(r(sk, 'dur'), 2) * 1800))::INTEGER AS duration_sec
FROM x WHERE started_at < TIMESTAMP '2026-10-01'
ORDER BY started_at, sk;

-- Consent per channel (no row = never asked = no consent) and the do-not-contact list.
CREATE TABLE crm.consent AS
SELECT m.member_id, c.channel, (r(m.member_id, 'c' || c.channel) < c.p) AS opted_in,
       (m.signup_date + floor(r(m.member_id, 'cu' || c.channel) * (DATE '2026-09-30' - m.signup_date + 1))::INT)::TIMESTAMP
         + secs(floor(r(m.member_id, 'cuh' || c.channel) * 86400)) AS updated_at
FROM core.member m CROSS JOIN (VALUES ('EMAIL', 0.70), ('PUSH', 0.55), ('SMS', 0.32)) c(channel, p)
WHERE r(m.member_id, 'cx' || c.channel) < 0.92 AND (c.channel <> 'SMS' OR m.phone IS NOT NULL)
ORDER BY m.member_id, c.channel;

CREATE TABLE crm.do_not_contact AS
SELECT member_id,
       ['GDPR_OBJECTION', 'GDPR_OBJECTION', 'COMPLAINT', 'ACCOUNT_CLOSED', 'DECEASED'][1 + floor(r(member_id, 'dr') * 5)::INT] AS reason,
       signup_date + floor(r(member_id, 'dd') * (DATE '2026-09-30' - signup_date + 1))::INT AS added_on
FROM core.member WHERE r(member_id, 'dnc') < 0.025 OR account_status = 'CLOSED'
ORDER BY member_id;

-- Campaigns: every 5 days from October 2024; e-mail, push or SMS; objective_code says what for.
-- Newsletters and welcome messages are e-mails, price-drop alerts are pushes; the others use any channel.
CREATE TABLE crm.campaign AS
SELECT campaign_id,
       CASE objective_code WHEN 'NEWSLETTER' THEN 'EMAIL' WHEN 'WELCOME' THEN 'EMAIL' WHEN 'PRICE_DROP' THEN 'PUSH'
            ELSE CASE WHEN r(campaign_id, 'cch') < 0.55 THEN 'EMAIL' WHEN r(campaign_id, 'cch') < 0.88 THEN 'PUSH' ELSE 'SMS' END
       END AS channel,
       objective_code, launched_at
FROM (SELECT k::INTEGER AS campaign_id,
             ['NEWSLETTER', 'NEWSLETTER', 'PROMO', 'PROMO', 'SELLER_TIPS', 'REACTIVATION', 'PRICE_DROP', 'WELCOME'][1 + floor(r(k, 'obj') * 8)::INT] AS objective_code,
             (DATE '2024-10-01' + (k * 5)::INT)::TIMESTAMP + INTERVAL 9 HOUR AS launched_at
      FROM range(0, 146) t(k)) c;
ALTER TABLE crm.campaign ADD COLUMN campaign_name VARCHAR;
UPDATE crm.campaign SET campaign_name = CASE objective_code WHEN 'NEWSLETTER' THEN 'La Gazette Reprise'
  WHEN 'PROMO' THEN 'Frais de port offerts' WHEN 'SELLER_TIPS' THEN 'Vendez plus vite' WHEN 'REACTIVATION' THEN 'Vous nous manquez'
  WHEN 'PRICE_DROP' THEN 'Baisse de prix sur vos favoris' ELSE 'Bienvenue chez Reprise' END
  || ' ' || strftime(launched_at, '%d/%m/%Y');

CREATE TABLE crm.message AS
WITH c AS (
  SELECT c.*, c.launched_at::DATE AS ld FROM crm.campaign c),
x AS (
  SELECT c.campaign_id, c.channel, c.objective_code, c.launched_at, h.member_id, h.eng, h.end_d,
         c.campaign_id::BIGINT * 1000000 + h.member_id AS mk
  FROM c JOIN h ON h.signup <= c.ld
  JOIN crm.consent cs ON cs.member_id = h.member_id AND cs.channel = c.channel AND cs.opted_in
  WHERE NOT EXISTS (SELECT 1 FROM crm.do_not_contact d WHERE d.member_id = h.member_id AND d.added_on <= c.ld)
    AND CASE c.objective_code
          WHEN 'SELLER_TIPS' THEN (h.sells OR h.is_pro) AND r(c.campaign_id::BIGINT * 1000000 + h.member_id, 'tg') < 0.6
          WHEN 'REACTIVATION' THEN h.end_d < c.ld - 60 AND r(c.campaign_id::BIGINT * 1000000 + h.member_id, 'tg') < 0.8
          WHEN 'WELCOME' THEN h.signup >= c.ld - 30
          ELSE r(c.campaign_id::BIGINT * 1000000 + h.member_id, 'tg') < 0.10 + 0.45 * r(h.member_id, 'reach') END),
y AS (
  SELECT x.*, launched_at + secs(floor(r(mk, 'sdt') * 21600)) AS sent_at,
         (0.05 + 0.5 * eng) * CASE WHEN end_d < launched_at::DATE THEN 0.3 ELSE 1 END AS po
  FROM x),
z AS (
  SELECT y.*,
         CASE WHEN channel = 'EMAIL' AND r(mk, 'op') < po THEN sent_at + secs(120 + floor(pow(r(mk, 'opt'), 3) * 259200))
              WHEN channel = 'PUSH' AND r(mk, 'op') < po * 0.6 THEN sent_at + secs(30 + floor(pow(r(mk, 'opt'), 3) * 14400)) END AS opened_raw
  FROM y)
SELECT (30000000 + row_number() OVER (ORDER BY sent_at, mk))::BIGINT AS message_id, campaign_id, member_id::INTEGER AS member_id,
       channel, sent_at,
       CASE WHEN opened_raw < TIMESTAMP '2026-10-01' THEN opened_raw END AS opened_at,
       CASE WHEN channel = 'EMAIL' AND opened_raw IS NOT NULL AND r(mk, 'cl') < 0.28
                 AND opened_raw + secs(5 + floor(r(mk, 'clt') * 600)) < TIMESTAMP '2026-10-01'
              THEN opened_raw + secs(5 + floor(r(mk, 'clt') * 600))
            WHEN channel = 'SMS' AND r(mk, 'cl') < 0.02 + 0.1 * eng AND sent_at + secs(60 + floor(r(mk, 'clt') * 7200)) < TIMESTAMP '2026-10-01'
              THEN sent_at + secs(60 + floor(r(mk, 'clt') * 7200)) END AS clicked_at
FROM z WHERE sent_at < TIMESTAMP '2026-10-01'
ORDER BY sent_at, mk;

-- Data-science scores (weekly batch of 2026-09-28). ds.fraud_score belongs to Trust & Safety: it must never be used
-- to select a marketing audience (not in the catalog).
CREATE TABLE ds.member_score AS
WITH ls AS (SELECT member_id, max(started_at)::DATE AS last_s FROM app.session GROUP BY member_id),
bu AS (SELECT buyer_id AS member_id, count(*) AS nb FROM market.transaction WHERE status <> 'CANCELLED' GROUP BY buyer_id),
se AS (SELECT seller_id AS member_id, count(*) AS ns FROM market.listing GROUP BY seller_id)
SELECT m.member_id,
       round(least(0.99, greatest(0.01, 0.05 + least(1, coalesce(DATE '2026-09-30' - ls.last_s, 365) / 240.0) * 0.8
                                        + (r(m.member_id, 'chn') - 0.5) * 0.2)), 3)::DECIMAL(4, 3) AS churn_score,
       round(least(0.99, greatest(0.01, CASE WHEN m.member_type = 'PRO' THEN 0.9 ELSE 0.1 END
                                        + least(coalesce(bu.nb, 0), 20) / 40.0 + least(coalesce(se.ns, 0), 10) / 50.0
                                        + (r(m.member_id, 'spn') - 0.5) * 0.3)), 3)::DECIMAL(4, 3) AS seller_potential_score,
       DATE '2026-09-28' AS scored_on
FROM core.member m LEFT JOIN ls USING (member_id) LEFT JOIN bu USING (member_id) LEFT JOIN se USING (member_id)
ORDER BY m.member_id;

CREATE TABLE ds.fraud_score AS
SELECT member_id,
       round(least(0.99, pow(r(member_id, 'frd'), 6) + CASE WHEN NOT is_verified THEN 0.05 ELSE 0 END), 3)::DECIMAL(4, 3) AS fraud_risk_score,
       DATE '2026-09-28' AS scored_on
FROM core.member ORDER BY member_id;

ALTER TABLE market.transaction DROP COLUMN tk;
ALTER TABLE market.transaction DROP COLUMN via_offer;
ALTER TABLE market.transaction DROP COLUMN lk;
ALTER TABLE market.listing DROP COLUMN lk;
ALTER TABLE support.dispute DROP COLUMN tk;
ALTER TABLE market.brand DROP COLUMN cats;
ALTER TABLE market.brand DROP COLUMN weight;

ALTER TABLE core.member ADD PRIMARY KEY (member_id);
ALTER TABLE market.brand ADD PRIMARY KEY (brand_id);
ALTER TABLE market.listing ADD PRIMARY KEY (listing_id);
ALTER TABLE market.transaction ADD PRIMARY KEY (transaction_id);
ALTER TABLE market.offer ADD PRIMARY KEY (offer_id);
ALTER TABLE market.review ADD PRIMARY KEY (review_id);
ALTER TABLE market.boost ADD PRIMARY KEY (boost_id);
ALTER TABLE support.dispute ADD PRIMARY KEY (dispute_id);
ALTER TABLE wallet.movement ADD PRIMARY KEY (movement_id);
ALTER TABLE app.session ADD PRIMARY KEY (session_id);
ALTER TABLE crm.campaign ADD PRIMARY KEY (campaign_id);
ALTER TABLE crm.message ADD PRIMARY KEY (message_id);
ALTER TABLE crm.do_not_contact ADD PRIMARY KEY (member_id);
ALTER TABLE wallet.balance ADD PRIMARY KEY (member_id);
ALTER TABLE ds.member_score ADD PRIMARY KEY (member_id);
ALTER TABLE ds.fraud_score ADD PRIMARY KEY (member_id);

DROP TABLE h; DROP TABLE brand_pool; DROP TABLE brand_cnt; DROP TABLE l0; DROP TABLE slot; DROP TABLE slot_cnt;
DROP TABLE pick; DROP TABLE l1; DROP TABLE t0; DROP TABLE t1; DROP TABLE t2; DROP TABLE credit; DROP TABLE payday;
DROP TABLE credit_p; DROP TABLE bal_buy;
DROP MACRO secs;
DROP MACRO r;
