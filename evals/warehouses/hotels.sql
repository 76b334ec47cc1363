-- The Maison Lumen warehouse: a hotel group (30 hotels in France, Belgium, Switzerland and Quebec, Canada) with a
-- booking website and app, 12,000 guests of its loyalty programme "Cercle Lumen", three years of bookings up to
-- as_of 2026-09-30 (and confirmed future arrivals after it). A Kimball star (dwh.dim_* / dwh.fact_*) with integer
-- yyyymmdd date keys, code columns whose meaning only a catalog gives (loyalty tiers T0-T3, brand codes ML/LR/PM,
-- booking status codes C/X/N/I/O, revenue codes of folio lines, rate plans), and the campaign tool, consent and
-- the do-not-contact list in mkt. Deterministic: every draw is a hash. Runs on an empty in-memory DuckDB (< 1 s).
-- Catalog: schema_catalog/catalogs/hotels.yaml; blind set: evals/hotels/
CREATE MACRO r(k, s) AS ((hash(k, s, 54) % 1000003)::DOUBLE / 1000003.0);
CREATE MACRO dkey(d) AS (year(d) * 10000 + month(d) * 100 + day(d))::INTEGER;
CREATE SCHEMA meta; CREATE SCHEMA dwh; CREATE SCHEMA mkt;
CREATE TABLE meta.warehouse AS SELECT DATE '2026-09-30' AS as_of;

CREATE TABLE dwh.dim_date AS
SELECT dkey(d) AS date_key, d AS cal_date, year(d)::SMALLINT AS cal_year, quarter(d)::SMALLINT AS cal_quarter,
       month(d)::SMALLINT AS cal_month, isodow(d)::SMALLINT AS iso_weekday
FROM (SELECT unnest(range(DATE '2015-01-01', DATE '2028-01-01', INTERVAL 1 DAY))::DATE AS d);

-- brand_cd: ML Maison Lumen (city hotels), LR Lumen Resorts & Spa, PM Petite Maison by Lumen (boutique)
CREATE TABLE dwh.dim_hotel AS
SELECT * FROM (VALUES
  (1, 'PAR01', 'Maison Lumen Paris Opéra', 'Paris', 'FR', 'ML', 4, false),
  (2, 'PAR02', 'Petite Maison Saint-Germain', 'Paris', 'FR', 'PM', 5, true),
  (3, 'PAR03', 'Maison Lumen Paris Gare de Lyon', 'Paris', 'FR', 'ML', 3, false),
  (4, 'LYS01', 'Maison Lumen Lyon Presqu''île', 'Lyon', 'FR', 'ML', 4, false),
  (5, 'LYS02', 'Petite Maison Vieux-Lyon', 'Lyon', 'FR', 'PM', 4, false),
  (6, 'MRS01', 'Maison Lumen Marseille Vieux-Port', 'Marseille', 'FR', 'ML', 4, false),
  (7, 'NCE01', 'Lumen Resort Nice Promenade', 'Nice', 'FR', 'LR', 5, true),
  (8, 'CEQ01', 'Lumen Resort Cannes Croisette', 'Cannes', 'FR', 'LR', 5, true),
  (9, 'BOD01', 'Petite Maison Bordeaux Chartrons', 'Bordeaux', 'FR', 'PM', 4, false),
  (10, 'BIQ01', 'Lumen Resort Biarritz Océan', 'Biarritz', 'FR', 'LR', 4, true),
  (11, 'CMF01', 'Lumen Resort Chamonix Mont-Blanc', 'Chamonix', 'FR', 'LR', 4, true),
  (12, 'NCY01', 'Lumen Resort Annecy Lac', 'Annecy', 'FR', 'LR', 4, true),
  (13, 'SXB01', 'Petite Maison Strasbourg Petite France', 'Strasbourg', 'FR', 'PM', 4, false),
  (14, 'LIL01', 'Maison Lumen Lille Grand-Place', 'Lille', 'FR', 'ML', 3, false),
  (15, 'TLS01', 'Maison Lumen Toulouse Capitole', 'Toulouse', 'FR', 'ML', 3, false),
  (16, 'XSB01', 'Petite Maison Saint-Malo Remparts', 'Saint-Malo', 'FR', 'PM', 4, true),
  (17, 'BRU01', 'Maison Lumen Bruxelles Grand-Place', 'Bruxelles', 'BE', 'ML', 4, false),
  (18, 'BRU02', 'Petite Maison Bruxelles Louise', 'Bruxelles', 'BE', 'PM', 5, true),
  (19, 'ANR01', 'Maison Lumen Antwerpen Meir', 'Antwerpen', 'BE', 'ML', 4, false),
  (20, 'BGS01', 'Petite Maison Brugge', 'Brugge', 'BE', 'PM', 4, false),
  (21, 'KNK01', 'Lumen Resort Knokke', 'Knokke-Heist', 'BE', 'LR', 4, true),
  (22, 'GVA01', 'Maison Lumen Genève Lac', 'Genève', 'CH', 'ML', 5, true),
  (23, 'LSN01', 'Petite Maison Lausanne Ouchy', 'Lausanne', 'CH', 'PM', 4, false),
  (24, 'ZMT01', 'Lumen Resort Zermatt', 'Zermatt', 'CH', 'LR', 5, true),
  (25, 'VBR01', 'Lumen Resort Verbier', 'Verbier', 'CH', 'LR', 4, true),
  (26, 'ZRH01', 'Maison Lumen Zürich Altstadt', 'Zürich', 'CH', 'ML', 4, false),
  (27, 'YUL01', 'Maison Lumen Montréal Vieux-Port', 'Montréal', 'CA', 'ML', 4, false),
  (28, 'YQB01', 'Petite Maison Vieux-Québec', 'Québec', 'CA', 'PM', 4, false),
  (29, 'YTM01', 'Lumen Resort Mont-Tremblant', 'Mont-Tremblant', 'CA', 'LR', 4, true),
  (30, 'YUL02', 'Maison Lumen Montréal Centre-Ville', 'Montréal', 'CA', 'ML', 3, false))
  AS h(hotel_key, hotel_cd, hotel_name, city, country_cd, brand_cd, star_rating, has_spa);

CREATE TABLE dwh.dim_room_type AS
SELECT * FROM (VALUES
  (1, 'STD', 'Classique', 1.00), (2, 'SUP', 'Supérieure', 1.25), (3, 'DLX', 'Deluxe', 1.60),
  (4, 'FAM', 'Familiale', 1.40), (5, 'JSU', 'Junior suite', 2.10), (6, 'STE', 'Suite', 2.90))
  AS t(room_type_key, room_type_cd, room_type_label, rate_factor);

-- channel_grp_cd: DIR direct (our own channels), OTA online travel agencies, B2B trade and corporate
CREATE TABLE dwh.dim_channel AS
SELECT * FROM (VALUES
  (1, 'WEB', 'maisonlumen.com', 'DIR'), (2, 'APP', 'Maison Lumen app', 'DIR'), (3, 'CRS', 'Central reservations (call centre)', 'DIR'),
  (4, 'WLK', 'Front desk / walk-in', 'DIR'), (5, 'BKG', 'Booking.com', 'OTA'), (6, 'EXP', 'Expedia', 'OTA'),
  (7, 'GDS', 'Travel agents (GDS)', 'B2B'), (8, 'COR', 'Corporate contracts', 'B2B'))
  AS c(channel_key, channel_cd, channel_name, channel_grp_cd);

CREATE TABLE dwh.dim_guest AS
WITH g AS (
  SELECT i, DATE '2026-09-30' - floor(pow(r(i, 'enr'), 1.6) * 3800)::INT AS enrolled,
         r(i, 'ctry') AS rc
  FROM range(1, 12001) t(i)),
g2 AS (
  SELECT i, enrolled,
         CASE WHEN rc < 0.52 THEN 'FR' WHEN rc < 0.66 THEN 'BE' WHEN rc < 0.77 THEN 'CH' WHEN rc < 0.89 THEN 'CA'
              WHEN rc < 0.92 THEN 'GB' WHEN rc < 0.95 THEN 'DE' WHEN rc < 0.97 THEN 'US' WHEN rc < 0.985 THEN 'NL'
              ELSE 'IT' END AS country_cd,
         floor(pow(r(i, 'nb'), 2.2) * 14)::INT AS nb
  FROM g)
SELECT i::INTEGER AS guest_key,
       'ML' || lpad(i::VARCHAR, 8, '0') AS guest_no,
       ['Camille', 'Louis', 'Emma', 'Hugo', 'Léa', 'Jules', 'Manon', 'Noah', 'Chloé', 'Gabriel', 'Sophie', 'Lucas',
        'Julie', 'Thomas', 'Laura', 'Maxime', 'Anna', 'Luca', 'Sarah', 'William'][1 + floor(r(i, 'fn') * 20)::INT] AS first_name,
       ['Martin', 'Bernard', 'Dubois', 'Durand', 'Leroy', 'Moreau', 'Fournier', 'Peeters', 'Janssens', 'Müller',
        'Favre', 'Tremblay', 'Gagnon', 'Roy', 'Rossi', 'Smith', 'Lambert', 'Girard'][1 + floor(r(i, 'ln') * 18)::INT] AS last_name,
       'guest' || i || '@mail.example' AS email,
       CASE WHEN r(i, 'ph') < 0.2 THEN NULL ELSE '+' || (33000000000 + hash(i, 'p') % 999999999)::VARCHAR END AS mobile_phone,
       CASE WHEN r(i, 'bd') < 0.12 THEN NULL
            ELSE DATE '1940-01-01' + floor(r(i, 'age') * 22500)::INT END AS birth_date,
       CASE WHEN r(i, 'g') < 0.50 THEN 'F' WHEN r(i, 'g') < 0.95 THEN 'M' WHEN r(i, 'g') < 0.97 THEN 'X' ELSE 'U' END AS gender_cd,
       country_cd,
       CASE country_cd
         WHEN 'FR' THEN ['Paris', 'Paris', 'Paris', 'Lyon', 'Marseille', 'Toulouse', 'Bordeaux', 'Lille', 'Nantes', 'Nice',
                         'Strasbourg', 'Rennes'][1 + floor(r(i, 'city') * 12)::INT]
         WHEN 'BE' THEN ['Bruxelles', 'Bruxelles', 'Liège', 'Namur', 'Antwerpen', 'Gent'][1 + floor(r(i, 'city') * 6)::INT]
         WHEN 'CH' THEN ['Genève', 'Lausanne', 'Zürich', 'Bern', 'Basel'][1 + floor(r(i, 'city') * 5)::INT]
         WHEN 'CA' THEN ['Montréal', 'Montréal', 'Québec', 'Gatineau', 'Sherbrooke', 'Laval'][1 + floor(r(i, 'city') * 6)::INT]
         WHEN 'GB' THEN ['London', 'Manchester'][1 + floor(r(i, 'city') * 2)::INT]
         WHEN 'DE' THEN ['Berlin', 'München', 'Köln'][1 + floor(r(i, 'city') * 3)::INT]
         WHEN 'US' THEN ['New York', 'Boston', 'Chicago'][1 + floor(r(i, 'city') * 3)::INT]
         WHEN 'NL' THEN 'Amsterdam' ELSE 'Milano' END AS city,
       CASE country_cd
         WHEN 'FR' THEN 'fr'
         WHEN 'BE' THEN CASE WHEN r(i, 'lg') < 0.55 THEN 'fr' ELSE 'nl' END
         WHEN 'CH' THEN CASE WHEN r(i, 'lg') < 0.55 THEN 'fr' WHEN r(i, 'lg') < 0.93 THEN 'de' ELSE 'it' END
         WHEN 'CA' THEN CASE WHEN r(i, 'lg') < 0.8 THEN 'fr' ELSE 'en' END
         WHEN 'DE' THEN 'de' WHEN 'NL' THEN 'nl' WHEN 'IT' THEN 'it' ELSE 'en' END AS lang_cd,
       CASE WHEN nb >= 10 AND r(i, 'tier') < 0.6 THEN 'T3'
            WHEN nb >= 5 AND r(i, 'tier') < 0.8 THEN 'T2'
            WHEN nb >= 2 AND r(i, 'tier') < 0.6 THEN 'T1'
            ELSE 'T0' END AS loyalty_tier_cd,
       (floor(r(i, 'pts') * 2000) + nb * floor(400 + r(i, 'pp') * 1800))::INTEGER AS points_balance,
       dkey(enrolled) AS enrol_date_key
FROM g2;

-- Bookings: each guest books between their enrolment (or 2023-10-01) and their last active day; lead times up to
-- ~7 months, so confirmed arrivals run into 2027. status_cd: C confirmed (future arrival), X cancelled, N no-show,
-- I in house on as_of, O checked out.
CREATE TABLE dwh.fact_booking AS
WITH gb AS (
  SELECT guest_key, country_cd,
         floor(pow(r(guest_key, 'nb'), 2.2) * 14)::INT AS nb,
         greatest(strptime(enrol_date_key::VARCHAR, '%Y%m%d')::DATE, DATE '2023-10-01') AS start_d,
         DATE '2026-09-30' - floor(pow(r(guest_key, 'quiet'), 2.5) * 1000)::INT AS end_d,
         r(guest_key, 'chp') AS chp
  FROM dwh.dim_guest),
bk AS (
  SELECT guest_key, country_cd, chp, guest_key * 100 + k AS booking_id,
         start_d + floor(r(guest_key * 100 + k, 'bd') * greatest(1, end_d - start_d))::INT AS booked
  FROM gb, unnest(range(CASE WHEN end_d <= start_d THEN 0 ELSE nb END)) u(k)),
hn AS (
  SELECT hotel_key, country_cd, brand_cd, star_rating,
         row_number() OVER (PARTITION BY country_cd ORDER BY hotel_key) - 1 AS n,
         count(*) OVER (PARTITION BY country_cd) AS cnt
  FROM dwh.dim_hotel),
b2 AS (
  SELECT bk.*,
         CASE WHEN country_cd IN ('FR', 'BE', 'CH', 'CA') AND r(booking_id, 'home') < 0.6 THEN country_cd
              WHEN r(booking_id, 'hc') < 0.55 THEN 'FR' WHEN r(booking_id, 'hc') < 0.70 THEN 'BE'
              WHEN r(booking_id, 'hc') < 0.86 THEN 'CH' ELSE 'CA' END AS hotel_ctry,
         CASE WHEN chp < 0.55 AND r(booking_id, 'chs') < 0.7
                THEN CASE WHEN chp < 0.25 THEN 1 WHEN chp < 0.35 THEN 2 WHEN chp < 0.45 THEN 5 ELSE 6 END
              ELSE CASE WHEN r(booking_id, 'ch') < 0.28 THEN 1 WHEN r(booking_id, 'ch') < 0.40 THEN 2
                        WHEN r(booking_id, 'ch') < 0.48 THEN 3 WHEN r(booking_id, 'ch') < 0.52 THEN 4
                        WHEN r(booking_id, 'ch') < 0.75 THEN 5 WHEN r(booking_id, 'ch') < 0.86 THEN 6
                        WHEN r(booking_id, 'ch') < 0.91 THEN 7 ELSE 8 END END AS channel_key
  FROM bk),
b3 AS (
  SELECT b2.*, hn.hotel_key, hn.brand_cd, hn.star_rating,
         CASE WHEN channel_key = 4 THEN 0 ELSE floor(pow(r(booking_id, 'lead'), 2.3) * 210)::INT END AS lead_days,
         (1 + floor(pow(r(booking_id, 'nts'), 2.4) * CASE WHEN hn.brand_cd = 'LR' THEN 10 ELSE 6 END))::INT AS nights,
         CASE WHEN r(booking_id, 'rt') < 0.42 THEN 1 WHEN r(booking_id, 'rt') < 0.66 THEN 2 WHEN r(booking_id, 'rt') < 0.80 THEN 3
              WHEN r(booking_id, 'rt') < 0.89 THEN 4 WHEN r(booking_id, 'rt') < 0.96 THEN 5 ELSE 6 END AS room_type_key
  FROM b2 JOIN hn ON hn.country_cd = b2.hotel_ctry AND hn.n = floor(r(b2.booking_id, 'hn') * hn.cnt)),
b4 AS (
  SELECT b3.*, booked + lead_days AS arrival, booked + lead_days + nights AS departure,
         r(booking_id, 'st') AS rs
  FROM b3)
SELECT b4.booking_id::BIGINT AS booking_id,
       'R' || upper(substr(md5(b4.booking_id::VARCHAR), 1, 8)) AS confirmation_no,
       b4.guest_key, b4.hotel_key, b4.room_type_key, b4.channel_key,
       dkey(booked) AS booking_date_key, dkey(arrival) AS arrival_date_key, dkey(departure) AS departure_date_key,
       b4.nights::SMALLINT AS nights,
       (CASE WHEN r(booking_id, 'ad') < 0.3 THEN 1 WHEN r(booking_id, 'ad') < 0.93 THEN 2 ELSE 3 END)::SMALLINT AS adults,
       (CASE WHEN room_type_key = 4 THEN 1 + floor(r(booking_id, 'kid') * 3) WHEN r(booking_id, 'kid') < 0.08 THEN 1 ELSE 0 END)::SMALLINT AS children,
       CASE WHEN channel_key = 8 THEN 'CORP'
            WHEN channel_key IN (1, 2) AND r(booking_id, 'rp') < 0.45 THEN 'MBR'
            WHEN r(booking_id, 'rp') < 0.55 THEN 'BAR' WHEN r(booking_id, 'rp') < 0.75 THEN 'ADV'
            WHEN r(booking_id, 'rp') < 0.92 THEN 'BB' ELSE 'PKS' END AS rate_plan_cd,
       CASE WHEN arrival > DATE '2026-09-30' THEN CASE WHEN rs < 0.12 THEN 'X' ELSE 'C' END
            WHEN rs < 0.13 THEN 'X'
            WHEN rs < 0.16 THEN 'N'
            WHEN departure > DATE '2026-09-30' THEN 'I'
            ELSE 'O' END AS status_cd,
       CASE h.country_cd WHEN 'CH' THEN 'CHF' WHEN 'CA' THEN 'CAD' ELSE 'EUR' END AS currency_cd,
       round(nights * CASE b4.star_rating WHEN 3 THEN 105 WHEN 4 THEN 165 ELSE 310 END * rt.rate_factor
             * (0.8 + r(booking_id, 'px') * 0.45)
             * CASE h.country_cd WHEN 'CH' THEN 0.94 WHEN 'CA' THEN 1.50 ELSE 1 END, 2)::DECIMAL(12, 2) AS room_amount_lcl,
       round(nights * CASE b4.star_rating WHEN 3 THEN 105 WHEN 4 THEN 165 ELSE 310 END * rt.rate_factor
             * (0.8 + r(booking_id, 'px') * 0.45), 2)::DECIMAL(12, 2) AS room_amount_eur
FROM b4 JOIN dwh.dim_room_type rt USING (room_type_key) JOIN dwh.dim_hotel h USING (hotel_key)
ORDER BY arrival_date_key, booking_id;

-- The day a cancelled booking was cancelled (null for every other status): between booking and arrival.
ALTER TABLE dwh.fact_booking ADD COLUMN cancel_date_key INTEGER;
UPDATE dwh.fact_booking SET cancel_date_key = dkey(least(DATE '2026-09-30',
    strptime(booking_date_key::VARCHAR, '%Y%m%d')::DATE
    + floor(r(booking_id, 'cxd') * (strptime(arrival_date_key::VARCHAR, '%Y%m%d')::DATE
                                   - strptime(booking_date_key::VARCHAR, '%Y%m%d')::DATE + 1))::INT))
WHERE status_cd = 'X';

-- Folio lines: what a stay was charged, by revenue code. RM room, FBR restaurant, FBB bar, WEL spa and wellness,
-- MNB minibar, PRK parking. Only stays (status I or O) have a folio; amounts in EUR.
CREATE TABLE dwh.fact_folio_line AS
WITH s AS (
  SELECT b.booking_id, b.guest_key, b.hotel_key, b.nights, b.room_amount_eur, b.status_cd, h.has_spa, h.brand_cd,
         strptime(b.arrival_date_key::VARCHAR, '%Y%m%d')::DATE AS arrival
  FROM dwh.fact_booking b JOIN dwh.dim_hotel h USING (hotel_key)
  WHERE b.status_cd IN ('I', 'O')),
l AS (
  SELECT s.*, c.revenue_cd, c.p, c.base
  FROM s CROSS JOIN (VALUES ('RM', 1.0, 0), ('FBR', 0.5, 70), ('FBB', 0.35, 25), ('WEL', 0.3, 120), ('MNB', 0.2, 12),
                            ('PRK', 0.12, 22)) c(revenue_cd, p, base)
  WHERE c.revenue_cd = 'RM'
     OR (c.revenue_cd = 'WEL' AND has_spa AND r(booking_id, 'lWEL') < CASE WHEN brand_cd = 'LR' THEN 0.45 ELSE 0.25 END)
     OR (c.revenue_cd NOT IN ('RM', 'WEL') AND r(booking_id, 'l' || c.revenue_cd) < c.p))
SELECT row_number() OVER (ORDER BY charge, booking_id, revenue_cd)::BIGINT AS folio_line_id, *
FROM (
  SELECT booking_id, guest_key, hotel_key,
         dkey(least(DATE '2026-09-30', arrival + floor(r(booking_id, 'cd' || revenue_cd) * nights)::INT)) AS charge_date_key,
         least(DATE '2026-09-30', arrival + floor(r(booking_id, 'cd' || revenue_cd) * nights)::INT) AS charge,
         revenue_cd,
         CASE WHEN revenue_cd = 'RM' THEN room_amount_eur
              ELSE round(base * (0.4 + pow(r(booking_id, 'a' || revenue_cd), 1.5) * 3.5)
                         * CASE WHEN revenue_cd IN ('FBR', 'FBB', 'MNB') THEN least(nights, 4) ELSE 1 END, 2)
         END::DECIMAL(12, 2) AS amount_eur
  FROM l) x
ORDER BY charge, booking_id, revenue_cd;
ALTER TABLE dwh.fact_folio_line DROP COLUMN charge;

-- Reviews: a third of checked-out stays are reviewed 1-20 days after departure (post-stay survey, Google,
-- Tripadvisor, Booking.com); score 1 to 10.
CREATE TABLE dwh.fact_review AS
SELECT b.booking_id * 10 AS review_id, b.booking_id, b.guest_key, b.hotel_key,
       dkey(strptime(b.departure_date_key::VARCHAR, '%Y%m%d')::DATE + (1 + floor(r(b.booking_id, 'rvd') * 20))::INT) AS review_date_key,
       least(10, 1 + floor(pow(r(b.booking_id, 'sc'), 0.45) * 10))::SMALLINT AS score,
       ['SRV', 'SRV', 'GGL', 'TRP', 'BKG'][1 + floor(r(b.booking_id, 'src') * 5)::INT] AS source_cd
FROM dwh.fact_booking b
WHERE b.status_cd = 'O' AND r(b.booking_id, 'rv') < 0.34
  AND strptime(b.departure_date_key::VARCHAR, '%Y%m%d')::DATE + (1 + floor(r(b.booking_id, 'rvd') * 20))::INT <= DATE '2026-09-30'
ORDER BY review_date_key, review_id;

-- Campaigns (two years): EML e-mail, SMS text; objective_cd NEWS newsletter, PROMO offer, LOYAL loyalty,
-- WINB win-back, BDAY birthday
CREATE TABLE mkt.dim_campaign AS
SELECT k::INTEGER AS campaign_key,
       'C' || strftime(DATE '2024-10-03' + (k * 10)::INT, '%y%m') || '-' || lpad(k::VARCHAR, 3, '0') AS campaign_cd,
       CASE WHEN r(k, 'cch') < 0.78 THEN 'EML' ELSE 'SMS' END AS channel_cd,
       ['NEWS', 'NEWS', 'PROMO', 'PROMO', 'LOYAL', 'WINB', 'BDAY'][1 + floor(r(k, 'obj') * 7)::INT] AS objective_cd,
       dkey(DATE '2024-10-03' + (k * 10)::INT) AS launch_date_key
FROM range(0, 73) t(k);
ALTER TABLE mkt.dim_campaign ADD COLUMN campaign_name VARCHAR;
UPDATE mkt.dim_campaign SET campaign_name = CASE objective_cd WHEN 'NEWS' THEN 'Lettre Lumen' WHEN 'PROMO' THEN 'Offre'
  WHEN 'LOYAL' THEN 'Cercle Lumen' WHEN 'WINB' THEN 'Vous nous manquez' ELSE 'Joyeux anniversaire' END
  || ' ' || strftime(strptime(launch_date_key::VARCHAR, '%Y%m%d'), '%m/%Y');

CREATE TABLE mkt.fact_campaign_send AS
SELECT (c.campaign_key * 100000 + g.guest_key)::BIGINT AS send_id, c.campaign_key, g.guest_key, c.channel_cd,
       dkey(strptime(c.launch_date_key::VARCHAR, '%Y%m%d')::DATE + floor(r(c.campaign_key * 100000 + g.guest_key, 'sd') * 3)::INT) AS send_date_key,
       CASE WHEN c.channel_cd = 'SMS' THEN NULL
            ELSE (r(c.campaign_key * 100000 + g.guest_key, 'op') < 0.05 + 0.5 * r(g.guest_key, 'eng'))::INTEGER END AS opened_flg,
       (r(c.campaign_key * 100000 + g.guest_key, 'op') < (0.05 + 0.5 * r(g.guest_key, 'eng')) * 0.25)::INTEGER AS clicked_flg,
       (r(c.campaign_key * 100000 + g.guest_key, 'bo') < 0.02)::INTEGER AS bounced_flg,
       (r(c.campaign_key * 100000 + g.guest_key, 'un') < 0.004)::INTEGER AS unsub_flg
FROM mkt.dim_campaign c JOIN dwh.dim_guest g ON g.enrol_date_key <= c.launch_date_key
WHERE r(c.campaign_key * 100000 + g.guest_key, 'tg') < 0.12 + 0.35 * r(g.guest_key, 'reach')
ORDER BY send_date_key, send_id;

CREATE TABLE mkt.guest_consent AS
SELECT guest_key, c.channel_cd, (r(guest_key, 'c' || c.channel_cd) < c.p) AS optin_flg,
       dkey(DATE '2026-09-30' - floor(r(guest_key, 'cd' || c.channel_cd) * 1200)::INT) AS updated_date_key
FROM dwh.dim_guest CROSS JOIN (VALUES ('EML', 0.72), ('SMS', 0.40), ('PSH', 0.30)) c(channel_cd, p)
WHERE r(guest_key, 'cx' || c.channel_cd) < 0.9;

CREATE TABLE mkt.do_not_contact AS
SELECT guest_key, ['RGPD', 'RGPD', 'PLAINTE', 'DECES', 'FRAUDE'][1 + floor(r(guest_key, 'dr') * 5)::INT] AS reason_cd,
       dkey(DATE '2026-09-30' - floor(r(guest_key, 'dd') * 900)::INT) AS added_date_key
FROM dwh.dim_guest WHERE r(guest_key, 'dnc') < 0.03;

ALTER TABLE dwh.dim_guest ADD PRIMARY KEY (guest_key);
ALTER TABLE dwh.dim_date ADD PRIMARY KEY (date_key);
ALTER TABLE dwh.dim_hotel ADD PRIMARY KEY (hotel_key);
ALTER TABLE dwh.dim_room_type ADD PRIMARY KEY (room_type_key);
ALTER TABLE dwh.dim_channel ADD PRIMARY KEY (channel_key);
ALTER TABLE mkt.dim_campaign ADD PRIMARY KEY (campaign_key);
DROP MACRO dkey;
DROP MACRO r;
