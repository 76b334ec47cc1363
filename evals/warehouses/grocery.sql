-- The Marché Boréal warehouse: a grocery chain with in-store pharmacies / parapharmacy counters, 40 stores in
-- Quebec, Ontario and New Brunswick, plus home delivery and click-and-collect ("cueillette"). 12,000 loyalty
-- clients, history from 2024-01-01 up to as_of 2026-09-30. Not a star: the customer is known through loyalty
-- CARDS (a client may hold several; receipts and the points ledger carry the card number, not the client id;
-- some cards were never registered to a client), one wide app/web event log, receipts with lines (weights for
-- produce, promotion per line, digital coupon redeemed per line), consent per channel with CASL basis and
-- expiry, a do-not-contact list. Codes are cryptic on purpose (only the catalog explains them).
-- Deterministic: every draw is a hash. Runs on an empty in-memory DuckDB.
CREATE MACRO r(k, s) AS ((hash(k, s, 55) % 1000003)::DOUBLE / 1000003.0);
CREATE SCHEMA meta; CREATE SCHEMA crm; CREATE SCHEMA loy; CREATE SCHEMA ref; CREATE SCHEMA pos;
CREATE SCHEMA dig; CREATE SCHEMA mkt; CREATE SCHEMA stg;
CREATE TABLE meta.warehouse AS SELECT DATE '2026-09-30' AS as_of;

-- stores: fmt_cd GM grand marché, QR quartier, XP express; rx_cd RX pharmacy with pharmacist, PP parapharmacy only
CREATE TABLE ref.store AS
SELECT * FROM (VALUES
  (101, 'Marché Boréal Plateau', 'Montréal', 'QC', 'QR', 'RX'), (102, 'Marché Boréal Rosemont', 'Montréal', 'QC', 'GM', 'RX'),
  (103, 'Marché Boréal Verdun', 'Montréal', 'QC', 'QR', 'PP'), (104, 'Marché Boréal NDG', 'Montréal', 'QC', 'QR', 'RX'),
  (105, 'Marché Boréal Chomedey', 'Laval', 'QC', 'GM', 'RX'), (106, 'Marché Boréal Sainte-Rose', 'Laval', 'QC', 'QR', 'PP'),
  (107, 'Marché Boréal Longueuil', 'Longueuil', 'QC', 'GM', 'RX'), (108, 'Marché Boréal Brossard', 'Brossard', 'QC', 'GM', 'RX'),
  (109, 'Marché Boréal Terrebonne', 'Terrebonne', 'QC', 'GM', 'PP'), (110, 'Marché Boréal Repentigny', 'Repentigny', 'QC', 'QR', 'PP'),
  (111, 'Marché Boréal Saint-Jérôme', 'Saint-Jérôme', 'QC', 'GM', 'RX'), (112, 'Marché Boréal Blainville', 'Blainville', 'QC', 'QR', 'PP'),
  (113, 'Marché Boréal Sainte-Foy', 'Québec', 'QC', 'GM', 'RX'), (114, 'Marché Boréal Limoilou', 'Québec', 'QC', 'QR', 'PP'),
  (115, 'Marché Boréal Lévis', 'Lévis', 'QC', 'GM', 'RX'), (116, 'Marché Boréal Sherbrooke', 'Sherbrooke', 'QC', 'GM', 'RX'),
  (117, 'Marché Boréal Trois-Rivières', 'Trois-Rivières', 'QC', 'GM', 'RX'), (118, 'Marché Boréal Drummondville', 'Drummondville', 'QC', 'QR', 'PP'),
  (119, 'Marché Boréal Hull', 'Gatineau', 'QC', 'GM', 'RX'), (120, 'Marché Boréal Aylmer', 'Gatineau', 'QC', 'QR', 'PP'),
  (121, 'Marché Boréal Chicoutimi', 'Saguenay', 'QC', 'GM', 'RX'), (122, 'Marché Boréal Rimouski', 'Rimouski', 'QC', 'QR', 'PP'),
  (123, 'Marché Boréal Granby', 'Granby', 'QC', 'QR', 'PP'), (124, 'Marché Boréal Express Mile End', 'Montréal', 'QC', 'XP', 'PP'),
  (201, 'Marché Boréal Centretown', 'Ottawa', 'ON', 'QR', 'RX'), (202, 'Marché Boréal Orléans', 'Ottawa', 'ON', 'GM', 'RX'),
  (203, 'Marché Boréal Kanata', 'Ottawa', 'ON', 'GM', 'RX'), (204, 'Marché Boréal Cornwall', 'Cornwall', 'ON', 'QR', 'PP'),
  (205, 'Marché Boréal Hawkesbury', 'Hawkesbury', 'ON', 'QR', 'PP'), (206, 'Marché Boréal Kingston', 'Kingston', 'ON', 'GM', 'RX'),
  (207, 'Marché Boréal Leslieville', 'Toronto', 'ON', 'QR', 'PP'), (208, 'Marché Boréal Etobicoke', 'Toronto', 'ON', 'GM', 'RX'),
  (209, 'Marché Boréal Mississauga', 'Mississauga', 'ON', 'GM', 'RX'), (210, 'Marché Boréal Markham', 'Markham', 'ON', 'GM', 'PP'),
  (211, 'Marché Boréal Hamilton', 'Hamilton', 'ON', 'QR', 'PP'), (212, 'Marché Boréal Sudbury', 'Sudbury', 'ON', 'QR', 'RX'),
  (213, 'Marché Boréal Express King West', 'Toronto', 'ON', 'XP', 'PP'),
  (301, 'Marché Boréal Moncton', 'Moncton', 'NB', 'GM', 'RX'), (302, 'Marché Boréal Dieppe', 'Dieppe', 'NB', 'QR', 'PP'),
  (303, 'Marché Boréal Edmundston', 'Edmundston', 'NB', 'QR', 'RX'))
  AS s(store_no, store_nm, city, prov_cd, fmt_cd, rx_cd);

-- departments (cryptic codes), brands, private label: brand_typ NB national brand, MP marque propre (Boréal),
-- MPS marque propre Sélection (premium private label); uom_cd KG sold by weight, UN by the unit
CREATE TABLE stg.dept AS SELECT * FROM (VALUES
  (0, 'D10', 4.5, ['Ferme Tournesol', 'Verger Lacasse', 'Serres du Nord']), (1, 'D10', 4.5, ['Ferme Tournesol', 'Verger Lacasse', 'Serres du Nord']),
  (2, 'D10', 4.5, ['Ferme Tournesol', 'Verger Lacasse', 'Serres du Nord']), (3, 'D20', 14.0, ['Viandes Laurier', 'Prairie Gold']),
  (4, 'D20', 14.0, ['Viandes Laurier', 'Prairie Gold']), (5, 'D25', 16.0, ['Pêcheries Gaspé', 'Atlantic Catch']),
  (6, 'D30', 5.5, ['Laiterie Nordique', 'Fromagerie Cap-Rouge', 'Dairyland Ridge']),
  (7, 'D30', 5.5, ['Laiterie Nordique', 'Fromagerie Cap-Rouge', 'Dairyland Ridge']),
  (8, 'D35', 4.0, ['Boulangerie Mistral', 'Golden Crust']), (9, 'D40', 7.5, ['Charcuterie Brassard', 'Deli Maison']),
  (10, 'D50', 6.5, ['Glacier Polaire', 'FrostFields']), (11, 'D60', 4.0, ['Maple Ridge', 'Épicerie Lotus', 'Harvest Table']),
  (12, 'D60', 4.0, ['Maple Ridge', 'Épicerie Lotus', 'Harvest Table']), (13, 'D65', 3.5, ['Source Laurentide', 'Fizz & Co']),
  (14, 'D80', 7.0, ['Kiwi Kleen', 'Maison Claire']), (15, 'D85', 12.0, ['Petit Nuage', 'Bébé Doux']),
  (16, 'D88', 11.0, ['Pawsome', 'Croquette & Cie']), (17, 'P10', 11.0, ['Vitanord', 'Dermacalm', 'PharmaPlus']),
  (18, 'P20', 13.0, ['Belle Aurore', 'Dermacalm']), (19, 'D90', 15.0, ['Brasserie du Fjord', 'Vignoble Île d''Orléans']))
  AS d(slot, dept_cd, base_px, brands);

CREATE TABLE ref.product AS
WITH p AS (SELECT i, 10000 + i AS sku, (i // 60) AS blk, (i // 20) % 3 = 0 AS is_pl, d.*
           FROM range(0, 600) t(i) JOIN stg.dept d ON d.slot = i % 20)
SELECT sku::INTEGER AS sku,
       CASE WHEN is_pl AND blk % 3 = 0 THEN 'Boréal Sélection' WHEN is_pl THEN 'Boréal'
            ELSE brands[1 + floor(r(i, 'br') * len(brands))::INT] END AS brand_nm,
       CASE WHEN is_pl AND blk % 3 = 0 THEN 'MPS' WHEN is_pl THEN 'MP' ELSE 'NB' END AS brand_typ,
       dept_cd,
       (1 + slot)::SMALLINT AS aisle_no,
       CASE WHEN dept_cd IN ('D20', 'D25') OR (dept_cd = 'D10' AND i % 3 <> 0) THEN 'KG' ELSE 'UN' END AS uom_cd,
       round(base_px * (0.6 + r(i, 'px') * 0.9) * CASE WHEN is_pl THEN 0.8 ELSE 1 END, 2)::DECIMAL(8, 2) AS reg_px
FROM p;
ALTER TABLE ref.product ADD COLUMN item_desc VARCHAR;
UPDATE ref.product SET item_desc = CASE dept_cd WHEN 'D10' THEN 'Fruits/lég.' WHEN 'D20' THEN 'Viande' WHEN 'D25' THEN 'Poisson'
  WHEN 'D30' THEN 'Laitier' WHEN 'D35' THEN 'Pain' WHEN 'D40' THEN 'Charcut.' WHEN 'D50' THEN 'Surgelé'
  WHEN 'D60' THEN 'Épicerie' WHEN 'D65' THEN 'Boisson' WHEN 'D80' THEN 'Entretien' WHEN 'D85' THEN 'Bébé'
  WHEN 'D88' THEN 'Animaux' WHEN 'P10' THEN 'Santé OTC' WHEN 'P20' THEN 'Beauté' ELSE 'Bière/vin' END
  || ' ' || brand_nm || ' ' || sku::VARCHAR;

-- clients
CREATE TABLE stg.cp AS
SELECT i AS client_id,
       CASE WHEN r(i, 'pv') < 0.62 THEN 'QC' WHEN r(i, 'pv') < 0.93 THEN 'ON' ELSE 'NB' END AS prov_cd,
       DATE '2026-09-30' - floor(r(i, 'en') * 3000)::INT AS enrol_dt,
       [7, 7, 7, 10, 10, 14, 14, 14, 14, 21, 30, 30, 30, 45, 75, 75, 120][1 + floor(r(i, 'seg') * 17)::INT] AS gap,
       CASE WHEN r(i, 'lp') < 0.16 THEN 366 + floor(r(i, 'lq') * 500)::INT
            WHEN r(i, 'lp') < 0.28 THEN 60 + floor(r(i, 'lq') * 300)::INT
            ELSE floor(r(i, 'lq') * 15)::INT END AS quiet,
       r(i, 'nv') < 0.06 AS never_bought,
       1 + (r(i, 'nc') < 0.30)::INT + (r(i, 'nc') < 0.06)::INT AS ncards,
       CASE WHEN r(i, 'ch') < 0.68 THEN 0.0 WHEN r(i, 'ch') < 0.84 THEN 0.5 ELSE 0.2 END AS p_online,
       r(i, 'dl') < 0.5 AS prefers_delivery,
       CASE WHEN r(i, 'plf') < 0.15 THEN 0.6 ELSE 0.1 END AS pl_aff,
       CASE WHEN r(i, 'hh') < 0.10 THEN NULL ELSE [1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 6][1 + floor(r(i, 'hs') * 11)::INT] END AS hh_size,
       r(i, 'app') < 0.45 AS app_user,
       r(i, 'clip') < 0.22 AS clipper,
       r(i, 'eng') AS eng
FROM range(1, 12001) t(i);

CREATE TABLE crm.client AS
SELECT c.client_id::INTEGER AS client_id,
       ['Émilie', 'Jean', 'Sophie', 'Marc', 'Olivia', 'Liam', 'Chloé', 'Mathieu', 'Sarah', 'Noah', 'Isabelle', 'Ethan'][1 + floor(r(c.client_id, 'fn') * 12)::INT] AS first_nm,
       ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Smith', 'Brown', 'Leblanc', 'Cormier', 'Wilson', 'Pelletier'][1 + floor(r(c.client_id, 'ln') * 11)::INT] AS last_nm,
       CASE WHEN r(c.client_id, 'em') < 0.08 THEN NULL ELSE 'client' || c.client_id || '@courriel.example' END AS email_addr,
       CASE WHEN r(c.client_id, 'mo') < 0.30 THEN NULL ELSE '+1' || ['514', '438', '418', '819', '613', '416', '506'][1 + floor(r(c.client_id, 'ac') * 7)::INT]
            || (2000000 + hash(c.client_id, 'm') % 7999999)::VARCHAR END AS mobile_no,
       CASE c.prov_cd WHEN 'QC' THEN CASE WHEN r(c.client_id, 'lg') < 0.82 THEN 'F' ELSE 'E' END
                      WHEN 'ON' THEN CASE WHEN r(c.client_id, 'lg') < 0.12 THEN 'F' ELSE 'E' END
                      ELSE CASE WHEN r(c.client_id, 'lg') < 0.35 THEN 'F' ELSE 'E' END END AS lang_cd,
       c.prov_cd,
       CASE c.prov_cd WHEN 'QC' THEN ['H', 'H', 'J', 'G'][1 + floor(r(c.client_id, 'pc') * 4)::INT]
                      WHEN 'ON' THEN ['K', 'K', 'M', 'L', 'P'][1 + floor(r(c.client_id, 'pc') * 5)::INT] ELSE 'E' END
         || (1 + hash(c.client_id, 'p1') % 9)::VARCHAR || chr(65 + (hash(c.client_id, 'p2') % 26)::INT) || ' '
         || (hash(c.client_id, 'p3') % 10)::VARCHAR || chr(65 + (hash(c.client_id, 'p4') % 26)::INT)
         || (hash(c.client_id, 'p5') % 10)::VARCHAR AS postal_cd,
       CASE WHEN r(c.client_id, 'bd') < 0.12 THEN NULL
            ELSE DATE '1940-01-01' + floor(r(c.client_id, 'bdt') * 23000)::INT END AS birth_dt,
       c.hh_size::SMALLINT AS hh_size,
       c.enrol_dt,
       (SELECT s.store_no FROM ref.store s WHERE s.prov_cd = c.prov_cd
        ORDER BY hash(s.store_no, c.client_id) LIMIT 1)::INTEGER AS home_store_no,
       r(c.client_id, 'rx') < 0.18 AS rx_pat_flg
FROM stg.cp c;

-- loyalty cards: several per client; card status A active, P lost (perdue), X cancelled; medium PHY plastic, DIG
-- digital wallet. 400 cards were never registered to a client (client_id null).
CREATE TABLE loy.card AS
SELECT '627741' || lpad((c.client_id * 10 + k)::VARCHAR, 7, '0') AS card_no,
       c.client_id::INTEGER AS client_id,
       least(DATE '2026-09-30', c.enrol_dt + (k * floor(r(c.client_id * 10 + k, 'iss') * 400))::INT) AS issued_dt,
       CASE WHEN k < c.ncards - 1 THEN CASE WHEN r(c.client_id * 10 + k, 'st') < 0.5 THEN 'P' ELSE 'A' END ELSE 'A' END AS card_status_cd,
       CASE WHEN r(c.client_id * 10 + k, 'md') < 0.35 THEN 'DIG' ELSE 'PHY' END AS medium_cd
FROM stg.cp c, unnest(range(c.ncards)) u(k)
UNION ALL
SELECT '627749' || lpad(k::VARCHAR, 7, '0'), NULL, DATE '2024-01-01' + floor(r(k, 'ui') * 900)::INT, 'A', 'PHY'
FROM range(0, 400) t(k);

-- receipts skeleton: fulfil_cd M store (magasin), L home delivery (livraison), C click-and-collect (cueillette)
CREATE TABLE stg.rc AS
WITH cs AS (
  SELECT c.*, greatest(c.enrol_dt, DATE '2024-01-01') AS h0,
         (DATE '2026-09-30' - c.quiet) - greatest(c.enrol_dt, DATE '2024-01-01') AS span,
         cl.home_store_no
  FROM stg.cp c JOIN crm.client cl USING (client_id)),
n AS (SELECT *, CASE WHEN never_bought OR span <= 0 THEN 0
                     ELSE greatest(1, floor(span / gap * (0.8 + 0.4 * r(client_id, 'nn'))))::INT END AS nrc FROM cs)
SELECT n.client_id, n.client_id * 1000 + k AS receipt_id,
       '627741' || lpad((n.client_id * 10 + floor(r(n.client_id * 1000 + k, 'cd') * n.ncards)::INT)::VARCHAR, 7, '0') AS card_no,
       CASE WHEN k = 0 THEN n.h0 + floor(r(n.client_id, 'f0') * least(n.span, 20))::INT
            ELSE n.h0 + floor(r(n.client_id * 1000 + k, 'd') * n.span)::INT END AS d,
       CASE WHEN r(n.client_id * 1000 + k, 'on') < n.p_online
            THEN CASE WHEN (r(n.client_id * 1000 + k, 'lc') < 0.8) = n.prefers_delivery THEN 'L' ELSE 'C' END
            ELSE 'M' END AS fulfil_cd,
       CASE WHEN r(n.client_id * 1000 + k, 'so') < 0.82 THEN n.home_store_no
            WHEN r(n.client_id * 1000 + k, 'so') < 0.97 THEN CASE n.prov_cd
              WHEN 'QC' THEN [101, 102, 105, 107, 113, 116, 119, 124][1 + floor(r(n.client_id * 1000 + k, 'os') * 8)::INT]
              WHEN 'ON' THEN [201, 202, 203, 208, 209, 213][1 + floor(r(n.client_id * 1000 + k, 'os') * 6)::INT]
              ELSE [301, 302, 303][1 + floor(r(n.client_id * 1000 + k, 'os') * 3)::INT] END
            ELSE [101, 102, 105, 107, 113, 116, 119, 201, 202, 208, 209, 301][1 + floor(r(n.client_id * 1000 + k, 'os') * 12)::INT] END AS store_no,
       n.pl_aff, n.hh_size, n.client_id AS cid
FROM n, unnest(range(n.nrc)) u(k)
UNION ALL
SELECT NULL, 90000000 + k,
       CASE WHEN r(k, 'uc') < 0.5 THEN '627749' || lpad(floor(r(k, 'ucn') * 400)::INT::VARCHAR, 7, '0') ELSE NULL END,
       DATE '2024-01-01' + floor(r(k, 'ad') * 1004)::INT, 'M',
       [101, 102, 103, 104, 105, 107, 113, 116, 119, 201, 207, 208, 301][1 + floor(r(k, 'as') * 13)::INT],
       0.1, 2, -k
FROM range(0, 40000) t(k);

-- digital coupons: three per week, each valid 14 days from its Monday; disc_typ AMT dollars off, PCT percent off
CREATE TABLE dig.coupon AS
SELECT (w * 3 + j + 1)::INTEGER AS coupon_id,
       'CP' || lpad((w * 3 + j + 1)::VARCHAR, 4, '0') AS coupon_cd,
       (SELECT dept_cd FROM stg.dept WHERE slot = (hash(w, j, 'cdp') % 20)::INT) AS dept_cd,
       CASE WHEN r(w * 3 + j, 'ct') < 0.6 THEN 'AMT' ELSE 'PCT' END AS disc_typ,
       CASE WHEN r(w * 3 + j, 'ct') < 0.6 THEN [1, 2, 3, 5][1 + floor(r(w * 3 + j, 'cv') * 4)::INT] ELSE [10, 15, 20, 25][1 + floor(r(w * 3 + j, 'cv') * 4)::INT] END::DECIMAL(6, 2) AS disc_val,
       DATE '2024-01-01' + (7 * w)::INT AS valid_from,
       DATE '2024-01-01' + (7 * w + 13)::INT AS valid_to
FROM range(0, 144) a(w), range(0, 3) b(j);

-- the app / web event log: one wide table. client_id null when not logged in. platform_cd IOS, AND (Android), WEB.
CREATE TABLE stg.ses AS
WITH u AS (
  SELECT c.client_id, c.clipper, greatest(c.enrol_dt, DATE '2024-01-01') AS h0, c.quiet,
         floor(r(c.client_id, 'sn') * 160)::INT AS nses,
         CASE WHEN r(c.client_id, 'pf') < 0.45 THEN 'IOS' WHEN r(c.client_id, 'pf') < 0.85 THEN 'AND' ELSE 'WEB' END AS plat
  FROM stg.cp c WHERE c.app_user)
SELECT client_id, clipper, plat, client_id * 1000 + s AS sid,
       h0 + floor(r(client_id * 1000 + s, 'sd') * greatest(1, (DATE '2026-09-30' - greatest(0, quiet - 30)) - h0))::INT AS sday
FROM u, unnest(range(nses)) v(s);

CREATE TABLE dig.evt_log AS
WITH e AS (
  SELECT s.*, x AS pos_in_ses,
         CASE WHEN x = 0 THEN CASE WHEN s.plat = 'WEB' THEN 'flyer_view' ELSE 'app_open' END
              ELSE CASE WHEN r(s.sid * 10 + x, 'et') < CASE WHEN s.clipper THEN 0.40 ELSE 0.06 END THEN 'coupon_clip'
                        WHEN r(s.sid * 10 + x, 'et2') < 0.40 THEN 'product_view'
                        WHEN r(s.sid * 10 + x, 'et2') < 0.60 THEN 'flyer_view'
                        WHEN r(s.sid * 10 + x, 'et2') < 0.80 THEN 'add_to_list'
                        WHEN r(s.sid * 10 + x, 'et2') < 0.93 THEN 'search'
                        ELSE 'recipe_view' END END AS event_type
  FROM stg.ses s, unnest(range(1 + floor(r(s.sid, 'ne') * 4)::INT)) w(x)
  WHERE s.sday <= DATE '2026-09-30')
SELECT (sid * 10 + pos_in_ses)::BIGINT AS evt_id,
       client_id::INTEGER AS client_id,
       (sday + INTERVAL 1 HOUR * (7 + floor(r(sid, 'h') * 15)::INT) + INTERVAL 1 MINUTE * (pos_in_ses * 2)) AS evt_ts,
       event_type, plat AS platform_cd,
       CASE WHEN event_type IN ('product_view', 'add_to_list') THEN 10000 + floor(r(sid * 10 + pos_in_ses, 'sk') * 600)::INT END AS sku,
       CASE WHEN event_type = 'coupon_clip'
            THEN least(432, ((sday - DATE '2024-01-01') // 7) * 3 + 1 + floor(r(sid * 10 + pos_in_ses, 'cj') * 3)::INT)::INTEGER END AS coupon_id
FROM e
UNION ALL
SELECT (800000000 + k)::BIGINT, NULL, DATE '2024-01-01' + floor(r(k, 'ae') * 1004)::INT + INTERVAL 1 HOUR * (8 + k % 12),
       ['flyer_view', 'product_view', 'search', 'recipe_view'][1 + floor(r(k, 'aet') * 4)::INT], 'WEB', NULL, NULL
FROM range(0, 30000) t(k)
ORDER BY evt_ts;

-- receipt lines: qty units (1 for weighed items), wt_kg for items sold by weight, promo_cd FLY flyer special,
-- M2 multi-buy, RAB loyalty rebate, LIQ clearance; coupon_id the digital coupon redeemed on the line
CREATE TABLE stg.ln AS
SELECT rc.receipt_id, rc.client_id, rc.d, l AS line_no,
       10000 + CASE WHEN r(rc.receipt_id * 100 + l, 'plp') < rc.pl_aff
                    THEN 60 * floor(r(rc.receipt_id * 100 + l, 'pb') * 10)::INT + floor(r(rc.receipt_id * 100 + l, 'pi') * 20)::INT
                    ELSE floor(r(rc.receipt_id * 100 + l, 'sk') * 600)::INT END AS sku
FROM stg.rc rc,
     unnest(range(1 + floor(pow(r(rc.receipt_id, 'nl'), 1.6) * (4 + 3 * coalesce(rc.hh_size, 2)))::INT)) v(l);

CREATE TABLE stg.redeem AS
WITH clips AS (
  SELECT DISTINCT e.client_id, e.coupon_id, c.valid_from, c.valid_to
  FROM dig.evt_log e JOIN dig.coupon c USING (coupon_id) WHERE e.event_type = 'coupon_clip'),
hit AS (
  SELECT cl.client_id, cl.coupon_id, min(rc.receipt_id) AS receipt_id
  FROM clips cl JOIN stg.rc rc ON rc.client_id = cl.client_id AND rc.d BETWEEN cl.valid_from AND cl.valid_to
  WHERE r(cl.client_id * 1000 + cl.coupon_id, 'rd') < 0.55
  GROUP BY ALL)
SELECT receipt_id, min(coupon_id) AS coupon_id FROM hit GROUP BY receipt_id;

CREATE TABLE pos.receipt_line AS
SELECT l.receipt_id::BIGINT AS receipt_id, (l.line_no + 1)::SMALLINT AS line_no, l.sku::INTEGER AS sku,
       CASE WHEN p.uom_cd = 'KG' THEN 1 ELSE 1 + floor(pow(r(l.receipt_id * 100 + l.line_no, 'q'), 3) * 4)::INT END::SMALLINT AS qty,
       CASE WHEN p.uom_cd = 'KG' THEN round(0.2 + r(l.receipt_id * 100 + l.line_no, 'kg') * 1.8, 3)::DECIMAL(6, 3) END AS wt_kg,
       round(p.reg_px * CASE WHEN p.uom_cd = 'KG' THEN round(0.2 + r(l.receipt_id * 100 + l.line_no, 'kg') * 1.8, 3)
                            ELSE 1 + floor(pow(r(l.receipt_id * 100 + l.line_no, 'q'), 3) * 4)::INT END
             * CASE WHEN r(l.receipt_id * 100 + l.line_no, 'pm') < 0.18 THEN 0.8 ELSE 1 END
             - CASE WHEN rd.coupon_id IS NOT NULL AND l.line_no = 0 THEN 1 ELSE 0 END, 2)::DECIMAL(10, 2) AS line_net,
       CASE WHEN r(l.receipt_id * 100 + l.line_no, 'pm') < 0.18
            THEN ['FLY', 'FLY', 'M2', 'RAB', 'LIQ'][1 + floor(r(l.receipt_id * 100 + l.line_no, 'pc') * 5)::INT] END AS promo_cd,
       CASE WHEN l.line_no = 0 THEN rd.coupon_id END::INTEGER AS coupon_id
FROM stg.ln l JOIN ref.product p USING (sku) LEFT JOIN stg.redeem rd USING (receipt_id);

-- receipts (baskets): basket_amt = sum of line_net (before tax), tax_amt, item_cnt = units, dlv_fee for delivery
CREATE TABLE pos.receipt AS
WITH s AS (SELECT receipt_id, sum(line_net) AS net, sum(qty) AS units, count(*) AS nl FROM pos.receipt_line GROUP BY receipt_id)
SELECT rc.receipt_id::BIGINT AS receipt_id, rc.card_no, rc.store_no::INTEGER AS store_no,
       (rc.d + INTERVAL 1 HOUR * (8 + floor(r(rc.receipt_id, 'h') * 13)::INT) + INTERVAL 1 MINUTE * floor(r(rc.receipt_id, 'mi') * 60)::INT) AS receipt_ts,
       rc.fulfil_cd,
       s.net::DECIMAL(10, 2) AS basket_amt,
       round(s.net * 0.06, 2)::DECIMAL(10, 2) AS tax_amt,
       CASE rc.fulfil_cd WHEN 'L' THEN 7.99 ELSE 0 END::DECIMAL(6, 2) AS dlv_fee,
       s.units::INTEGER AS item_cnt
FROM stg.rc rc JOIN s USING (receipt_id)
ORDER BY receipt_ts;

-- points ledger, by card: txn_cd E earned on a receipt (10 pts per dollar), B bonus (promotion), R redeemed
-- (negative), X expired (negative)
CREATE TABLE loy.pts_txn AS
SELECT * FROM (
  SELECT card_no, receipt_ts AS txn_ts, 'E' AS txn_cd, (floor(basket_amt) * 10)::INTEGER AS pts, receipt_id
  FROM pos.receipt WHERE card_no IS NOT NULL
  UNION ALL
  SELECT card_no, receipt_ts, 'B', (500 * (1 + floor(r(receipt_id, 'bn') * 4)))::INTEGER, receipt_id
  FROM pos.receipt WHERE card_no IS NOT NULL AND r(receipt_id, 'bo') < 0.07
  UNION ALL
  SELECT card_no, receipt_ts + INTERVAL 1 MINUTE, 'R', (-10000 * (1 + floor(r(receipt_id, 'rv') * 3)))::INTEGER, receipt_id
  FROM pos.receipt WHERE card_no IS NOT NULL AND r(receipt_id, 'rp') < 0.02
  UNION ALL
  SELECT c.card_no, TIMESTAMP '2026-06-30 23:00:00', 'X', -(1000 + floor(r(c.client_id, 'xp') * 9000))::INTEGER, NULL
  FROM loy.card c JOIN stg.cp p USING (client_id) WHERE p.quiet > 540 AND c.card_status_cd = 'A')
ORDER BY txn_ts;

-- marketing sends: chan_cd E email, S SMS, P push; campaign_cd CIRC weekly flyer, PERS personalised offers,
-- ANNIV birthday, RECUP win-back, INFO newsletter. SMS opens are not tracked (open_ts always null).
CREATE TABLE mkt.msg_send AS
WITH w AS (SELECT unnest(range(0, 78)) AS wk),
em AS (
  SELECT c.client_id, 'E' AS chan_cd, c.client_id * 1000 + w.wk AS k, DATE '2025-04-01' + (7 * w.wk)::INT AS d, c.eng
  FROM stg.cp c JOIN crm.client cl USING (client_id), w
  WHERE cl.email_addr IS NOT NULL AND r(c.client_id, 'eo') < 0.7 AND r(c.client_id * 1000 + w.wk, 'es') < 0.55
  UNION ALL
  SELECT c.client_id, 'S', c.client_id * 1000 + 100 + w.wk, DATE '2025-04-03' + (7 * w.wk)::INT, c.eng
  FROM stg.cp c JOIN crm.client cl USING (client_id), w
  WHERE cl.mobile_no IS NOT NULL AND r(c.client_id, 'so') < 0.4 AND r(c.client_id * 1000 + w.wk, 'ss') < 0.25
  UNION ALL
  SELECT c.client_id, 'P', c.client_id * 1000 + 200 + w.wk, DATE '2025-04-05' + (7 * w.wk)::INT, c.eng
  FROM stg.cp c, w
  WHERE c.app_user AND r(c.client_id, 'po') < 0.75 AND r(c.client_id * 1000 + w.wk, 'ps') < 0.45
  UNION ALL  -- a burst of extra sends in September 2026 for a tenth of the clients (over-solicited)
  SELECT c.client_id, ['E', 'S', 'P'][1 + floor(r(c.client_id * 10 + x, 'bc') * 3)::INT], c.client_id * 1000 + 300 + x,
         DATE '2026-09-01' + floor(r(c.client_id * 10 + x, 'bd') * 29)::INT, c.eng
  FROM stg.cp c, range(0, 6) y(x) WHERE r(c.client_id, 'burst') < 0.10)
SELECT k::BIGINT AS send_id, client_id::INTEGER AS client_id, chan_cd,
       CASE WHEN chan_cd = 'E' AND r(k, 'cp') < 0.6 THEN 'CIRC' WHEN chan_cd = 'E' AND r(k, 'cp') < 0.8 THEN 'INFO'
            WHEN r(k, 'cp') < 0.35 THEN 'PERS' WHEN r(k, 'cp') < 0.9 THEN 'CIRC' ELSE 'RECUP' END AS campaign_cd,
       d + INTERVAL 1 HOUR * (9 + k % 8) AS sent_ts,
       CASE WHEN chan_cd <> 'S' AND r(k, 'op') < eng * CASE chan_cd WHEN 'E' THEN 0.7 ELSE 0.35 END
            THEN d + INTERVAL 1 HOUR * (9 + k % 8) + INTERVAL 1 MINUTE * (5 + floor(r(k, 'ot') * 2000)::INT) END AS open_ts,
       CASE WHEN r(k, 'op') < eng * CASE chan_cd WHEN 'E' THEN 0.15 WHEN 'S' THEN 0.10 ELSE 0.08 END
            THEN d + INTERVAL 1 HOUR * (9 + k % 8) + INTERVAL 1 MINUTE * (10 + floor(r(k, 'ot') * 2000)::INT) END AS click_ts
FROM em
WHERE d + INTERVAL 1 HOUR * (9 + k % 8) <= TIMESTAMP '2026-09-30 23:59:59'
UNION ALL  -- birthday e-mails, sent on the birthday in the last 12 months
SELECT (cl.client_id * 1000 + 400)::BIGINT, cl.client_id, 'E', 'ANNIV',
       make_date(CASE WHEN month(cl.birth_dt) * 100 + day(cl.birth_dt) <= 930 THEN 2026 ELSE 2025 END,
                 month(cl.birth_dt), CASE WHEN month(cl.birth_dt) = 2 AND day(cl.birth_dt) = 29 THEN 28 ELSE day(cl.birth_dt) END)
         + INTERVAL 8 HOUR, NULL, NULL
FROM crm.client cl WHERE cl.birth_dt IS NOT NULL AND cl.email_addr IS NOT NULL AND r(cl.client_id, 'bm') < 0.5
ORDER BY sent_ts;

-- consent per channel (E email, S SMS, P push), CASL: basis_cd EXP express (no expiry), IMP implied (expires
-- two years after the last purchase or enquiry: expiry_dt); withdrawn_dt set when withdrawn. At most one row per
-- client and channel; no row means no consent.
CREATE TABLE mkt.consent AS
WITH lastp AS (SELECT client_id, max(d) AS last_d FROM stg.rc WHERE client_id IS NOT NULL GROUP BY client_id)
SELECT c.client_id::INTEGER AS client_id, ch.chan_cd,
       CASE WHEN r(c.client_id, 'bx' || ch.chan_cd) < ch.p_exp THEN 'EXP' ELSE 'IMP' END AS basis_cd,
       least(DATE '2026-09-30', greatest(c.enrol_dt, DATE '2019-01-01') + floor(r(c.client_id, 'gd' || ch.chan_cd) * 200)::INT) AS granted_dt,
       CASE WHEN r(c.client_id, 'bx' || ch.chan_cd) < ch.p_exp THEN NULL
            ELSE coalesce(lp.last_d, c.enrol_dt) + INTERVAL 2 YEAR END::DATE AS expiry_dt,
       CASE WHEN r(c.client_id, 'wd' || ch.chan_cd) < 0.07
            THEN DATE '2026-09-30' - floor(r(c.client_id, 'wdd' || ch.chan_cd) * 600)::INT END AS withdrawn_dt
FROM stg.cp c LEFT JOIN lastp lp USING (client_id)
CROSS JOIN (VALUES ('E', 0.55, 0.85), ('S', 0.7, 0.40), ('P', 1.0, 0.45)) ch(chan_cd, p_exp, p_row)
WHERE r(c.client_id, 'cr' || ch.chan_cd) < ch.p_row;

-- do not contact: src_cd CSR asked customer service, LEG legal / regulator, DEC deceased, PLT complaint
CREATE TABLE mkt.dnc_list AS
SELECT client_id::INTEGER AS client_id, DATE '2026-09-30' - floor(r(client_id, 'dd') * 800)::INT AS added_dt,
       ['CSR', 'CSR', 'CSR', 'LEG', 'DEC', 'PLT'][1 + floor(r(client_id, 'ds') * 6)::INT] AS src_cd
FROM stg.cp WHERE r(client_id, 'dnc') < 0.035;

DROP SCHEMA stg CASCADE;
ALTER TABLE crm.client ADD PRIMARY KEY (client_id);
ALTER TABLE loy.card ADD PRIMARY KEY (card_no);
ALTER TABLE ref.store ADD PRIMARY KEY (store_no);
ALTER TABLE ref.product ADD PRIMARY KEY (sku);
ALTER TABLE dig.coupon ADD PRIMARY KEY (coupon_id);
ALTER TABLE pos.receipt ADD PRIMARY KEY (receipt_id);
DROP MACRO r;
