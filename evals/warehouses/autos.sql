-- The Groupe Vélocité warehouse: a car dealership group (25 multi-brand dealerships in France, Belgium and French-
-- speaking Switzerland) selling and servicing Peugeot, Renault, Toyota, Volkswagen and Voltis (an all-electric brand).
-- 12,000 customers (private persons and small companies), their vehicles since 2012 and who held them when, four
-- years of sales, financing contracts, workshop orders, test drives (2022-10-01 to as_of 2026-09-30; contracts end
-- up to 2031), two years of campaigns, consent per channel and the do-not-contact list.
-- Code columns only a catalog explains: customer type PP/PM, make codes, energy codes (French registration codes
-- ES/GO/EL/EH/EE), sale type VN/VO, payment CPT/CRE/LOA/LLD, holder role TIT/LOC, workshop line types
-- ENT/PNE/REP/GAR/CTL, payer CLI/CON, contract status ACT/CLO/RES, campaign objectives, consent channels.
-- Deterministic: every draw is a hash. Runs on an empty in-memory DuckDB in a few seconds.
-- Catalog: schema_catalog/catalogs/autos.yaml; blind set: evals/autos/
CREATE MACRO r(k, s) AS ((hash(k, s, 57) % 1000003)::DOUBLE / 1000003.0);
CREATE SCHEMA meta; CREATE SCHEMA ref; CREATE SCHEMA crm; CREATE SCHEMA fleet; CREATE SCHEMA sales;
CREATE SCHEMA fin; CREATE SCHEMA apv; CREATE SCHEMA mkt;
CREATE TABLE meta.warehouse AS SELECT DATE '2026-09-30' AS as_of;

-- region_cd: IDF Ile-de-France, ARA Auvergne-Rhone-Alpes, PAC Provence-Alpes-Cote d'Azur, OCC Occitanie,
-- NAQ Nouvelle-Aquitaine, PDL Pays de la Loire, BRE Bretagne, HDF Hauts-de-France, GES Grand Est,
-- BXL Brussels-Capital, WAL Wallonia, VLA Flanders, ROM Suisse romande
CREATE TABLE ref.dealership AS
SELECT * FROM (VALUES
  (1, 'FR-STD', 'Vélocité Paris Nord (Saint-Denis)', 'Saint-Denis', 'FR', 'IDF'),
  (2, 'FR-NAN', 'Vélocité Paris Ouest (Nanterre)', 'Nanterre', 'FR', 'IDF'),
  (3, 'FR-VER', 'Vélocité Versailles', 'Versailles', 'FR', 'IDF'),
  (4, 'FR-LYV', 'Vélocité Lyon Vénissieux', 'Vénissieux', 'FR', 'ARA'),
  (5, 'FR-LYW', 'Vélocité Lyon Villeurbanne', 'Villeurbanne', 'FR', 'ARA'),
  (6, 'FR-GRE', 'Vélocité Grenoble', 'Grenoble', 'FR', 'ARA'),
  (7, 'FR-MRS', 'Vélocité Marseille', 'Marseille', 'FR', 'PAC'),
  (8, 'FR-AIX', 'Vélocité Aix-en-Provence', 'Aix-en-Provence', 'FR', 'PAC'),
  (9, 'FR-NCE', 'Vélocité Nice', 'Nice', 'FR', 'PAC'),
  (10, 'FR-TLS', 'Vélocité Toulouse', 'Toulouse', 'FR', 'OCC'),
  (11, 'FR-BOD', 'Vélocité Bordeaux', 'Bordeaux', 'FR', 'NAQ'),
  (12, 'FR-NTE', 'Vélocité Nantes', 'Nantes', 'FR', 'PDL'),
  (13, 'FR-RNS', 'Vélocité Rennes', 'Rennes', 'FR', 'BRE'),
  (14, 'FR-LIL', 'Vélocité Lille', 'Lille', 'FR', 'HDF'),
  (15, 'FR-SXB', 'Vélocité Strasbourg', 'Strasbourg', 'FR', 'GES'),
  (16, 'BE-AND', 'Vélocité Bruxelles Anderlecht', 'Bruxelles', 'BE', 'BXL'),
  (17, 'BE-EVE', 'Vélocité Bruxelles Evere', 'Bruxelles', 'BE', 'BXL'),
  (18, 'BE-LGG', 'Vélocité Liège', 'Liège', 'BE', 'WAL'),
  (19, 'BE-NAM', 'Vélocité Namur', 'Namur', 'BE', 'WAL'),
  (20, 'BE-CRL', 'Vélocité Charleroi', 'Charleroi', 'BE', 'WAL'),
  (21, 'BE-GNT', 'Vélocité Gent', 'Gent', 'BE', 'VLA'),
  (22, 'CH-GVA', 'Vélocité Genève', 'Genève', 'CH', 'ROM'),
  (23, 'CH-LSN', 'Vélocité Lausanne', 'Lausanne', 'CH', 'ROM'),
  (24, 'CH-FRI', 'Vélocité Fribourg', 'Fribourg', 'CH', 'ROM'),
  (25, 'CH-NEU', 'Vélocité Neuchâtel', 'Neuchâtel', 'CH', 'ROM'))
  AS d(dealer_id, dealer_cd, dealer_name, city, country_cd, region_cd);

CREATE TABLE ref.salesperson AS
SELECT (d.dealer_id * 10 + k)::INTEGER AS salesperson_id, d.dealer_id,
       ['Antoine', 'Céline', 'Karim', 'Nathalie', 'Sébastien', 'Inès', 'Marc', 'Elodie'][1 + floor(r(d.dealer_id * 10 + k, 'sfn') * 8)::INT]
       || ' ' || ['Garnier', 'Lemoine', 'Benali', 'Rochat', 'Dupont', 'Claes', 'Moulin', 'Perrin'][1 + floor(r(d.dealer_id * 10 + k, 'sln') * 8)::INT] AS salesperson_name
FROM ref.dealership d, range(1, 5) t(k);

-- make_cd: PEU Peugeot, REN Renault, TOY Toyota, VWA Volkswagen, VOL Voltis (electric only)
CREATE TEMP TABLE model AS
SELECT * FROM (VALUES
  ('PEU', 0, '208', 22000, false), ('PEU', 1, '2008', 28000, false), ('PEU', 2, '308', 31000, false),
  ('PEU', 3, '3008', 38000, false), ('PEU', 4, '5008', 42000, false), ('PEU', 5, 'e-208', 34000, true),
  ('REN', 0, 'Clio', 20000, false), ('REN', 1, 'Captur', 26000, false), ('REN', 2, 'Austral', 36000, false),
  ('REN', 3, 'Mégane E-Tech', 39000, true), ('REN', 4, 'Zoe', 30000, true), ('REN', 5, 'Espace', 45000, false),
  ('TOY', 0, 'Yaris', 21000, false), ('TOY', 1, 'Yaris Cross', 27000, false), ('TOY', 2, 'Corolla', 32000, false),
  ('TOY', 3, 'C-HR', 34000, false), ('TOY', 4, 'RAV4', 44000, false), ('TOY', 5, 'bZ4X', 46000, true),
  ('VWA', 0, 'Polo', 21000, false), ('VWA', 1, 'Golf', 31000, false), ('VWA', 2, 'T-Roc', 33000, false),
  ('VWA', 3, 'Tiguan', 42000, false), ('VWA', 4, 'ID.3', 38000, true), ('VWA', 5, 'ID.4', 46000, true),
  ('VOL', 0, 'Voltis One', 41000, true), ('VOL', 1, 'Voltis Aero', 52000, true), ('VOL', 2, 'Voltis Terra', 61000, true),
  ('VOL', 3, 'Voltis One', 41000, true), ('VOL', 4, 'Voltis Aero', 52000, true), ('VOL', 5, 'Voltis Terra', 61000, true))
  AS m(make_cd, model_no, model_name, base_price, is_ev);

-- cust_type_cd: PP private person (personne physique), PM company (personne morale)
CREATE TABLE crm.customer AS
WITH c AS (
  SELECT i, r(i, 'ctry') AS rc, r(i, 'typ') < 0.13 AS is_co FROM range(1, 12001) t(i)),
c2 AS (
  SELECT i, is_co, CASE WHEN rc < 0.60 THEN 'FR' WHEN rc < 0.85 THEN 'BE' ELSE 'CH' END AS country_cd FROM c),
c3 AS (
  SELECT c2.*, CASE country_cd WHEN 'FR' THEN 1 + floor(r(i, 'dl') * 15)::INT WHEN 'BE' THEN 16 + floor(r(i, 'dl') * 6)::INT
                               ELSE 22 + floor(r(i, 'dl') * 4)::INT END AS home_dealer_id
  FROM c2)
SELECT c3.i::BIGINT AS customer_id,
       'GV' || lpad(c3.i::VARCHAR, 7, '0') AS customer_no,
       CASE WHEN is_co THEN 'PM' ELSE 'PP' END AS cust_type_cd,
       CASE WHEN is_co THEN ['Transports', 'Bâtiment', 'Plomberie', 'Cabinet', 'Boulangerie', 'Taxis', 'Livraisons', 'Paysages']
                              [1 + floor(r(i, 'cn1') * 8)::INT] || ' ' ||
                            ['Martin', 'Lefèvre', 'Dubois', 'Janssens', 'Favre', 'Morel', 'Girard', 'Peeters', 'Rochat', 'Bonnet']
                              [1 + floor(r(i, 'cn2') * 10)::INT] || CASE WHEN r(i, 'cn3') < 0.5 THEN ' SARL' ELSE ' SA' END
       END AS company_name,
       CASE WHEN is_co THEN NULL WHEN r(i, 'civ') < 0.48 THEN 'MME' ELSE 'M' END AS civility_cd,
       ['Camille', 'Louis', 'Emma', 'Hugo', 'Léa', 'Jules', 'Manon', 'Nicolas', 'Chloé', 'Gabriel', 'Sophie', 'Lucas',
        'Julie', 'Thomas', 'Laura', 'Maxime', 'Isabelle', 'Philippe', 'Sarah', 'Patrick'][1 + floor(r(i, 'fn') * 20)::INT] AS first_name,
       ['Martin', 'Bernard', 'Dubois', 'Durand', 'Leroy', 'Moreau', 'Fournier', 'Peeters', 'Janssens', 'Dumont',
        'Favre', 'Rochat', 'Girard', 'Lambert', 'Mercier', 'Blanc', 'Meyer', 'Renard'][1 + floor(r(i, 'ln') * 18)::INT] AS last_name,
       'client' || i || '@mail.example' AS email,
       CASE WHEN r(i, 'ph') < 0.15 THEN NULL
            ELSE CASE country_cd WHEN 'FR' THEN '+336' WHEN 'BE' THEN '+324' ELSE '+417' END || lpad((hash(i, 'p') % 99999999)::VARCHAR, 8, '0') END AS mobile_phone,
       CASE WHEN is_co OR r(i, 'bd') < 0.08 THEN NULL ELSE DATE '1942-01-01' + floor(r(i, 'age') * 22000)::INT END AS birth_date,
       country_cd,
       d.city,
       CASE country_cd WHEN 'FR' THEN lpad((10000 + floor(r(i, 'pc') * 85000))::INT::VARCHAR, 5, '0')
                       ELSE (1000 + floor(r(i, 'pc') * 8000))::INT::VARCHAR END AS postal_code,
       CASE WHEN country_cd = 'BE' AND d.region_cd = 'VLA' THEN 'nl' WHEN country_cd = 'BE' AND r(i, 'lg') < 0.15 THEN 'nl' ELSE 'fr' END AS lang_cd,
       home_dealer_id,
       DATE '2012-01-01' + floor(r(i, 'crt') * 5200)::INT AS created_on
FROM c3 JOIN (SELECT dealer_id, city, region_cd FROM ref.dealership) d ON d.dealer_id = c3.home_dealer_id
ORDER BY customer_id;

-- Acquisitions: each customer held 0 to 3 vehicles (companies up to 5) since 2012; a later vehicle replaces the
-- earlier one unless the household/company keeps both.
CREATE TEMP TABLE acq AS
WITH cc AS (
  SELECT customer_id AS i, cust_type_cd = 'PM' AS is_co, home_dealer_id, country_cd, created_on,
         CASE WHEN cust_type_cd = 'PM' THEN 1 + floor(r(customer_id, 'nv') * 5)::INT
              WHEN r(customer_id, 'nv') < 0.09 THEN 0 WHEN r(customer_id, 'nv') < 0.58 THEN 1
              WHEN r(customer_id, 'nv') < 0.88 THEN 2 ELSE 3 END AS nveh,
         DATE '2012-06-01' + floor(pow(r(customer_id, 'a0'), 0.8) * 5100)::INT AS acq0,
         (420 + floor(r(customer_id, 'gap') * 1100))::INT AS gap,
         CASE WHEN cust_type_cd = 'PM' THEN 0.65 ELSE 0.22 END AS keep_p,
         CASE WHEN r(customer_id, 'pm') < 0.28 THEN 'PEU' WHEN r(customer_id, 'pm') < 0.55 THEN 'REN'
              WHEN r(customer_id, 'pm') < 0.73 THEN 'TOY' WHEN r(customer_id, 'pm') < 0.90 THEN 'VWA' ELSE 'VOL' END AS pref_make
  FROM crm.customer),
a AS (
  SELECT cc.*, k, (i * 10 + k)::BIGINT AS vid,
         CASE WHEN k = 0 THEN acq0 ELSE acq0 + (k * gap + floor(r(i * 10 + k, 'jit') * 200))::INT END AS acq_d
  FROM cc, range(0, 5) u(k) WHERE k < nveh)
SELECT a.*, lead(acq_d) OVER (PARTITION BY i ORDER BY k) AS next_acq
FROM a WHERE acq_d <= DATE '2026-09-28';

CREATE TABLE fleet.vehicle AS
WITH v AS (
  SELECT vid, i, acq_d, is_co,
         CASE WHEN r(i, 'loy') < 0.62 THEN pref_make
              ELSE ['PEU', 'REN', 'TOY', 'VWA', 'VOL', 'PEU', 'REN'][1 + floor(r(vid, 'mk') * 7)::INT] END AS make_cd,
         r(vid, 'new') < CASE WHEN is_co THEN 0.8 ELSE 0.55 END AS is_new
  FROM acq),
v2 AS (
  SELECT v.*,
         -- electric models are rare before 2019
         CASE WHEN make_cd <> 'VOL' AND year(acq_d) < 2019 THEN floor(r(vid, 'md') * 5)::INT
              ELSE floor(r(vid, 'md') * 6)::INT END AS model_no,
         CASE WHEN is_new THEN acq_d ELSE acq_d - (150 + floor(pow(r(vid, 'uage'), 1.3) * 3000))::INT END AS first_reg
  FROM v)
SELECT v2.vid AS vehicle_id,
       'VF' || upper(substr(md5(v2.vid::VARCHAR), 1, 15)) AS vin,
       v2.make_cd, m.model_name,
       CASE WHEN m.is_ev THEN 'EL'
            WHEN v2.make_cd = 'TOY' THEN CASE WHEN r(vid, 'en') < 0.70 THEN 'EH' WHEN r(vid, 'en') < 0.78 THEN 'EE' ELSE 'ES' END
            WHEN r(vid, 'en') < greatest(0.06, 0.55 - (year(first_reg) - 2012) * 0.05) THEN 'GO'
            WHEN year(first_reg) >= 2020 AND r(vid, 'en') < 0.72 THEN CASE WHEN r(vid, 'en2') < 0.5 THEN 'EE' ELSE 'EH' END
            ELSE 'ES' END AS energy_cd,
       (year(first_reg) + CASE WHEN month(first_reg) >= 10 THEN 1 ELSE 0 END)::SMALLINT AS model_year,
       first_reg AS first_reg_date,
       CASE WHEN v2.make_cd = 'VOL' THEN ['BLNC', 'NOIR', 'GRIS', 'BLEU'][1 + floor(r(vid, 'col') * 4)::INT]
            ELSE ['BLNC', 'NOIR', 'GRIS', 'GRIS', 'BLEU', 'ROUG', 'VERT'][1 + floor(r(vid, 'col') * 7)::INT] END AS colour_cd
FROM v2 JOIN model m ON m.make_cd = v2.make_cd AND m.model_no = v2.model_no
ORDER BY vehicle_id;

-- Vehicle sales of the last four years (85% of acquisitions since 2022-10-01 were bought from us).
-- sale_type_cd VN new (véhicule neuf), VO used (véhicule d'occasion); payment_cd CPT cash, CRE car loan,
-- LOA lease with purchase option, LLD long-term lease (no purchase option).
CREATE TABLE sales.vehicle_sale AS
WITH s AS (
  SELECT a.vid, a.i, a.acq_d, a.is_co, a.country_cd, v.make_cd, v.model_name, v.first_reg_date,
         v.first_reg_date = a.acq_d AS is_new,
         CASE WHEN r(a.vid, 'dlr') < 0.8 THEN a.home_dealer_id
              ELSE CASE a.country_cd WHEN 'FR' THEN 1 + floor(r(a.vid, 'dl2') * 15)::INT WHEN 'BE' THEN 16 + floor(r(a.vid, 'dl2') * 6)::INT
                                     ELSE 22 + floor(r(a.vid, 'dl2') * 4)::INT END END AS dealer_id,
         r(a.vid, 'pay') AS rp
  FROM acq a JOIN fleet.vehicle v ON v.vehicle_id = a.vid
  WHERE a.acq_d >= DATE '2022-10-01' AND r(a.vid, 'thru') < 0.85)
SELECT s.vid AS sale_id, s.vid AS vehicle_id, s.i AS customer_id, s.dealer_id,
       (s.dealer_id * 10 + 1 + floor(r(s.vid, 'sp') * 4))::INTEGER AS salesperson_id,
       s.acq_d AS sale_date,
       CASE WHEN is_new THEN 'VN' ELSE 'VO' END AS sale_type_cd,
       CASE WHEN is_co THEN CASE WHEN rp < 0.2 THEN 'CPT' WHEN rp < 0.35 THEN 'CRE' WHEN rp < 0.5 THEN 'LOA'
                                 ELSE CASE WHEN is_new THEN 'LLD' ELSE 'CRE' END END
            ELSE CASE WHEN rp < 0.36 THEN 'CPT' WHEN rp < 0.66 THEN 'CRE' WHEN rp < 0.90 THEN 'LOA'
                      ELSE CASE WHEN is_new THEN 'LLD' ELSE 'LOA' END END END AS payment_cd,
       round(CASE WHEN is_new THEN m.base_price * (0.92 + r(s.vid, 'px') * 0.2)
                  ELSE greatest(3500, m.base_price * (1 - 0.11 * (s.acq_d - s.first_reg_date) / 365.0) * (0.85 + r(s.vid, 'px') * 0.25)) END
                  / 10) * 10 AS price_eur
FROM s JOIN (SELECT DISTINCT make_cd, model_name, base_price FROM model) m USING (make_cd, model_name)
ORDER BY sale_date, sale_id;
ALTER TABLE sales.vehicle_sale ALTER price_eur TYPE DECIMAL(10, 2);

-- Who held which vehicle when. holder_cd TIT registered keeper (titulaire), LOC lessee (LOA/LLD vehicles).
-- end_date null = still held on as_of.
CREATE TABLE crm.customer_vehicle AS
SELECT a.i AS customer_id, a.vid AS vehicle_id, a.acq_d AS start_date,
       CASE WHEN a.next_acq IS NOT NULL AND r(a.vid, 'keep') >= a.keep_p THEN a.next_acq
            WHEN a.next_acq IS NULL AND r(a.vid, 'sold') < 0.07
                 AND a.acq_d + 200 + floor(r(a.vid, 'sd') * 2000)::INT < DATE '2026-09-30'
              THEN a.acq_d + 200 + floor(r(a.vid, 'sd') * 2000)::INT
       END AS end_date,
       CASE WHEN s.payment_cd IN ('LOA', 'LLD') THEN 'LOC' ELSE 'TIT' END AS holder_cd
FROM acq a LEFT JOIN sales.vehicle_sale s ON s.sale_id = a.vid
ORDER BY start_date, customer_id;

-- Financing contracts of the sales paid by loan or lease; end_date is the contractual end (may be after as_of);
-- status_cd ACT running, CLO ended at term, RES terminated early (terminated_on).
CREATE TABLE fin.contract AS
WITH f AS (
  SELECT s.*, [24, 36, 36, 48, 48, 60][1 + floor(r(sale_id, 'dur') * 6)::INT] AS months
  FROM sales.vehicle_sale s WHERE payment_cd <> 'CPT'),
f2 AS (
  SELECT f.*, (sale_date + to_months(months))::DATE AS end_d,
         sale_date + 90 + floor(r(sale_id, 'rsd') * 900)::INT AS res_d
  FROM f)
SELECT ('FC' || lpad(sale_id::VARCHAR, 9, '0')) AS contract_no, sale_id, customer_id, vehicle_id,
       payment_cd AS contract_type_cd, sale_date AS start_date, end_d AS end_date, months::SMALLINT AS duration_months,
       round(price_eur * CASE payment_cd WHEN 'CRE' THEN 1.08 ELSE 0.62 END / months, 2)::DECIMAL(10, 2) AS monthly_eur,
       CASE WHEN r(sale_id, 'res') < 0.06 AND res_d < least(end_d, DATE '2026-09-30') THEN 'RES'
            WHEN end_d <= DATE '2026-09-30' THEN 'CLO' ELSE 'ACT' END AS status_cd,
       CASE WHEN r(sale_id, 'res') < 0.06 AND res_d < least(end_d, DATE '2026-09-30') THEN res_d END AS terminated_on
FROM f2
ORDER BY start_date, sale_id;

-- Test drives: 45% of sales were preceded by one (same model, same dealership); prospects and owners also try cars.
CREATE TABLE sales.test_drive AS
WITH t AS (
  SELECT s.customer_id, s.dealer_id, s.sale_date - (2 + floor(r(s.sale_id, 'tdd') * 40))::INT AS d, v.make_cd, v.model_name,
         s.sale_id * 10 AS k
  FROM sales.vehicle_sale s JOIN fleet.vehicle v USING (vehicle_id)
  WHERE s.sale_type_cd = 'VN' AND r(s.sale_id, 'td') < 0.45
  UNION ALL
  SELECT c.customer_id, c.home_dealer_id,
         DATE '2022-10-01' + floor(r(c.customer_id * 10 + j, 'tdx') * 1460)::INT,
         m.make_cd, m.model_name, c.customer_id * 10 + j + 5
  FROM crm.customer c, range(0, 2) u(j), model m
  WHERE r(c.customer_id, 'tdp') < CASE WHEN j = 0 THEN 0.22 ELSE 0.07 END
    AND m.make_cd = CASE WHEN r(c.customer_id * 10 + j, 'tdm') < 0.35 THEN 'VOL'
                         ELSE ['PEU', 'REN', 'TOY', 'VWA'][1 + floor(r(c.customer_id * 10 + j, 'tdm2') * 4)::INT] END
    AND m.model_no = floor(r(c.customer_id * 10 + j, 'tdn') * 6)::INT)
SELECT row_number() OVER (ORDER BY d, k)::BIGINT AS test_drive_id, customer_id, dealer_id AS dealer_id, d AS drive_date,
       make_cd, model_name
FROM t WHERE d >= DATE '2022-10-01' AND d <= DATE '2026-09-30'
ORDER BY drive_date, test_drive_id;

-- Workshop (après-vente, APV): repair orders of the vehicles held, roughly yearly, by customers who come back to
-- us for service (some stop coming: lapsed). mileage_km is the odometer at reception.
CREATE TABLE apv.repair_order AS
WITH h AS (
  SELECT cv.customer_id, cv.vehicle_id, v.first_reg_date, v.make_cd,
         greatest(cv.start_date, DATE '2022-10-01') AS w0,
         least(coalesce(cv.end_date, DATE '2026-09-30'), DATE '2026-09-30',
               DATE '2026-09-30' - floor(pow(r(cv.customer_id, 'stop'), 3) * 1500)::INT) AS w1,
         0.25 + 0.72 * r(cv.customer_id, 'svcp') AS p,
         (230 + floor(r(cv.vehicle_id, 'iv') * 260))::INT AS iv,
         (5000 + floor(r(cv.vehicle_id, 'km') * CASE WHEN c.cust_type_cd = 'PM' THEN 27000 ELSE 16000 END))::INT AS km_year,
         c.home_dealer_id
  FROM crm.customer_vehicle cv JOIN fleet.vehicle v USING (vehicle_id) JOIN crm.customer c USING (customer_id)),
o AS (
  SELECT h.*, h.vehicle_id * 10 + k AS oid,
         w0 + (20 + k * iv + floor(r(h.vehicle_id * 10 + k, 'oj') * 60))::INT AS d
  FROM h, range(0, 8) u(k))
SELECT oid AS order_id, 'OR' || lpad(oid::VARCHAR, 10, '0') AS order_no, customer_id, vehicle_id,
       CASE WHEN r(oid, 'odl') < 0.85 THEN home_dealer_id ELSE 1 + floor(r(oid, 'odl2') * 25)::INT END AS dealer_id,
       d AS order_date,
       (pow(greatest(0, d - first_reg_date) / 365.0, 0.9) * km_year * (0.9 + r(oid, 'kmj') * 0.2))::INTEGER AS mileage_km,
       d - first_reg_date AS age_days
FROM o WHERE d <= w1 AND r(oid, 'go') < p
ORDER BY order_date, order_id;

-- line_type_cd: ENT scheduled maintenance (entretien), PNE tyres, REP mechanical/body repair, GAR warranty repair,
-- CTL pre-inspection (contrôle technique prep). payer_cd CLI paid by the customer, CON paid by the manufacturer
-- (warranty); amount_eur is the line's value whoever pays.
CREATE TABLE apv.repair_order_line AS
WITH l AS (
  SELECT o.order_id, o.age_days, t.line_type_cd, t.base
  FROM apv.repair_order o CROSS JOIN (VALUES ('ENT', 180), ('PNE', 420), ('REP', 260), ('GAR', 600), ('CTL', 90)) t(line_type_cd, base)
  WHERE (t.line_type_cd = 'ENT' AND (r(o.order_id, 'lENT') < 0.72 OR (r(o.order_id, 'lPNE') >= 0.22 AND r(o.order_id, 'lREP') >= 0.28)))
     OR (t.line_type_cd = 'PNE' AND r(o.order_id, 'lPNE') < 0.22)
     OR (t.line_type_cd = 'REP' AND r(o.order_id, 'lREP') < 0.28)
     OR (t.line_type_cd = 'GAR' AND o.age_days < 730 AND r(o.order_id, 'lGAR') < 0.30)
     OR (t.line_type_cd = 'CTL' AND o.age_days > 1400 AND r(o.order_id, 'lCTL') < 0.25))
SELECT (order_id * 10 + CASE line_type_cd WHEN 'ENT' THEN 1 WHEN 'PNE' THEN 2 WHEN 'REP' THEN 3 WHEN 'GAR' THEN 4 ELSE 5 END)::BIGINT AS line_id,
       order_id, line_type_cd,
       CASE WHEN line_type_cd = 'GAR' THEN 'CON' ELSE 'CLI' END AS payer_cd,
       round(base * (0.5 + pow(r(order_id, 'a' || line_type_cd), 1.8) * CASE WHEN line_type_cd IN ('REP', 'GAR') THEN 7 ELSE 2 END), 2)::DECIMAL(10, 2) AS amount_eur
FROM l ORDER BY order_id, line_id;

-- the order's amount paid by the customer (sum of its CLI lines)
ALTER TABLE apv.repair_order ADD COLUMN customer_paid_eur DECIMAL(10, 2);
UPDATE apv.repair_order o SET customer_paid_eur = coalesce(
  (SELECT sum(amount_eur) FROM apv.repair_order_line l WHERE l.order_id = o.order_id AND l.payer_cd = 'CLI'), 0);
ALTER TABLE apv.repair_order DROP COLUMN age_days;

-- Campaigns (two years, one a week): channel_cd EML e-mail, SMS; objective_cd NWS newsletter, PVN new-vehicle offer,
-- PVO used-vehicle offer, APV service reminder / workshop offer, FDC end-of-contract renewal, EVT showroom event
CREATE TABLE mkt.campaign AS
SELECT k::INTEGER AS campaign_id,
       CASE WHEN r(k, 'cch') < 0.75 THEN 'EML' ELSE 'SMS' END AS channel_cd,
       ['NWS', 'NWS', 'PVN', 'PVN', 'PVO', 'APV', 'APV', 'FDC', 'EVT'][1 + floor(r(k, 'obj') * 9)::INT] AS objective_cd,
       DATE '2024-10-02' + (k * 7)::INT AS launch_date
FROM range(0, 104) t(k);
ALTER TABLE mkt.campaign ADD COLUMN campaign_name VARCHAR;
UPDATE mkt.campaign SET campaign_name = CASE objective_cd WHEN 'NWS' THEN 'Le Mag Vélocité' WHEN 'PVN' THEN 'Offre neuf'
  WHEN 'PVO' THEN 'Occasions du mois' WHEN 'APV' THEN 'Rappel entretien' WHEN 'FDC' THEN 'Fin de contrat'
  ELSE 'Portes ouvertes' END || ' ' || strftime(launch_date, '%m/%Y');

CREATE TABLE mkt.message AS
SELECT (c.campaign_id * 100000 + cu.customer_id)::BIGINT AS message_id, c.campaign_id, cu.customer_id, c.channel_cd,
       (c.launch_date + floor(r(c.campaign_id * 100000 + cu.customer_id, 'sd') * 2)::INT)::TIMESTAMP
         + INTERVAL 8 HOUR + to_minutes(floor(r(c.campaign_id * 100000 + cu.customer_id, 'sm') * 600)::BIGINT) AS sent_at,
       r(c.campaign_id * 100000 + cu.customer_id, 'op') AS ro,
       0.04 + 0.55 * r(cu.customer_id, 'eng') AS pe
FROM mkt.campaign c JOIN crm.customer cu ON cu.created_on <= c.launch_date
WHERE r(c.campaign_id * 100000 + cu.customer_id, 'tg') < 0.08 + 0.30 * r(cu.customer_id, 'reach');
ALTER TABLE mkt.message ADD COLUMN opened_at TIMESTAMP;
ALTER TABLE mkt.message ADD COLUMN clicked_at TIMESTAMP;
ALTER TABLE mkt.message ADD COLUMN bounced BOOLEAN;
UPDATE mkt.message SET
  opened_at = CASE WHEN channel_cd = 'EML' AND ro < pe THEN sent_at + to_minutes(5 + floor(r(message_id, 'od') * 3000)::BIGINT) END,
  clicked_at = CASE WHEN ro < pe * 0.3 THEN sent_at + to_minutes(10 + floor(r(message_id, 'cd') * 3000)::BIGINT) END,
  bounced = r(message_id, 'bo') < 0.02;
UPDATE mkt.message SET opened_at = NULL, clicked_at = NULL WHERE bounced;
UPDATE mkt.message SET opened_at = NULL WHERE opened_at > TIMESTAMP '2026-09-30 23:59:59';
UPDATE mkt.message SET clicked_at = NULL WHERE clicked_at > TIMESTAMP '2026-09-30 23:59:59';
ALTER TABLE mkt.message DROP COLUMN ro;
ALTER TABLE mkt.message DROP COLUMN pe;
CREATE TABLE mkt.message2 AS SELECT * FROM mkt.message ORDER BY sent_at, message_id;
DROP TABLE mkt.message;
ALTER TABLE mkt.message2 RENAME TO message;

-- Consent per channel: EML e-mail, SMS, TEL phone calls, COU postal mail; no row = no consent.
CREATE TABLE mkt.consent AS
SELECT customer_id, c.channel_cd, (r(customer_id, 'c' || c.channel_cd) < c.p) AS opt_in,
       DATE '2026-09-30' - floor(r(customer_id, 'cd' || c.channel_cd) * 1400)::INT AS updated_on
FROM crm.customer CROSS JOIN (VALUES ('EML', 0.70), ('SMS', 0.45), ('TEL', 0.35), ('COU', 0.60)) c(channel_cd, p)
WHERE r(customer_id, 'cx' || c.channel_cd) < 0.9;

-- Do-not-contact list: RGPD objection, RECL complaint, DECES deceased, CESS company ceased trading
CREATE TABLE mkt.do_not_contact AS
SELECT customer_id,
       CASE WHEN cust_type_cd = 'PM' AND r(customer_id, 'dr') < 0.4 THEN 'CESS'
            ELSE ['RGPD', 'RGPD', 'RECL', 'DECES'][1 + floor(r(customer_id, 'dr2') * 4)::INT] END AS reason_cd,
       DATE '2026-09-30' - floor(r(customer_id, 'dd') * 1000)::INT AS added_on
FROM crm.customer WHERE r(customer_id, 'dnc') < 0.035;

ALTER TABLE crm.customer ADD PRIMARY KEY (customer_id);
ALTER TABLE fleet.vehicle ADD PRIMARY KEY (vehicle_id);
ALTER TABLE ref.dealership ADD PRIMARY KEY (dealer_id);
ALTER TABLE ref.salesperson ADD PRIMARY KEY (salesperson_id);
ALTER TABLE sales.vehicle_sale ADD PRIMARY KEY (sale_id);
ALTER TABLE apv.repair_order ADD PRIMARY KEY (order_id);
ALTER TABLE mkt.campaign ADD PRIMARY KEY (campaign_id);
DROP TABLE acq; DROP TABLE model;
DROP MACRO r;
