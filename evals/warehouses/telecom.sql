-- The Onda Mobile warehouse: a mobile and home-internet operator in France and Belgium, 12,000 customers
-- (residential RES and business PRO), three years of activity up to as_of 2026-09-30, plus commitment and handset
-- instalment end dates that run into 2027-2028. Schemas per source system: crm (customers, lines and plans,
-- handsets), net (monthly usage, network complaints), bill (invoices and payments), sales (shop and web sales of
-- devices and accessories), care (customer care contacts), mkt (campaign messages, consent, do-not-contact),
-- ds (monthly churn-risk score). Codes whose meaning only the catalog gives (plan codes, status A/S/T, reason codes).
-- Deterministic: every draw is a hash. Runs on an empty in-memory DuckDB in a few seconds.
-- Catalog: schema_catalog/catalogs/telecom.yaml; blind set: evals/telecom/
CREATE MACRO r(k, s) AS ((hash(k, s, 77) % 1000003)::DOUBLE / 1000003.0);
CREATE SCHEMA meta; CREATE SCHEMA crm; CREATE SCHEMA net; CREATE SCHEMA bill; CREATE SCHEMA sales;
CREATE SCHEMA care; CREATE SCHEMA mkt; CREATE SCHEMA ds;
CREATE TABLE meta.warehouse AS SELECT DATE '2026-09-30' AS as_of;

-- region_cd: French regions IDF Ile-de-France, ARA Auvergne-Rhone-Alpes, PAC Provence-Alpes-Cote d'Azur,
-- HDF Hauts-de-France, NAQ Nouvelle-Aquitaine, OCC Occitanie, GES Grand Est, BRE Bretagne, PDL Pays de la Loire;
-- Belgian regions BRU Brussels-Capital, WAL Wallonia, VLA Flanders. segment_cd: RES residential, PRO business.
CREATE TABLE crm.customer AS
WITH c AS (
  SELECT i, r(i, 'ctry') AS rc, r(i, 'reg') AS rg, r(i, 'city') AS rcity FROM range(1, 12001) t(i)),
c2 AS (
  SELECT i, rcity,
         CASE WHEN rc < 0.78 THEN 'FR' ELSE 'BE' END AS country_cd,
         CASE WHEN rc < 0.78 THEN
                CASE WHEN rg < 0.30 THEN 'IDF' WHEN rg < 0.44 THEN 'ARA' WHEN rg < 0.55 THEN 'PAC' WHEN rg < 0.65 THEN 'HDF'
                     WHEN rg < 0.74 THEN 'NAQ' WHEN rg < 0.82 THEN 'OCC' WHEN rg < 0.89 THEN 'GES' WHEN rg < 0.95 THEN 'BRE'
                     ELSE 'PDL' END
              ELSE CASE WHEN rg < 0.35 THEN 'BRU' WHEN rg < 0.65 THEN 'WAL' ELSE 'VLA' END END AS region_cd
  FROM c)
SELECT i::INTEGER AS customer_id,
       'OM' || lpad(i::VARCHAR, 9, '0') AS account_no,
       ['Camille', 'Louis', 'Emma', 'Hugo', 'Léa', 'Jules', 'Manon', 'Noah', 'Chloé', 'Gabriel', 'Sophie', 'Lucas',
        'Julie', 'Thomas', 'Laura', 'Maxime', 'Inès', 'Arthur', 'Sarah', 'Nathan'][1 + floor(r(i, 'fn') * 20)::INT] AS first_name,
       ['Martin', 'Bernard', 'Dubois', 'Durand', 'Leroy', 'Moreau', 'Fournier', 'Peeters', 'Janssens', 'Maes',
        'Lambert', 'Girard', 'Petit', 'Roux', 'Dupont', 'Mercier'][1 + floor(r(i, 'ln') * 16)::INT] AS last_name,
       'client' || i || '@mail.example' AS email,
       CASE country_cd WHEN 'FR' THEN '+336' ELSE '+32470' END || lpad((hash(i, 'ph') % 10000000)::VARCHAR, 7, '0') AS msisdn,
       CASE WHEN r(i, 'bd') < 0.06 THEN NULL
            ELSE DATE '1940-01-01' + floor(r(i, 'age') * 23000)::INT END AS birth_date,
       CASE WHEN r(i, 'g') < 0.49 THEN 'F' WHEN r(i, 'g') < 0.96 THEN 'M' ELSE 'U' END AS gender_cd,
       CASE region_cd
         WHEN 'IDF' THEN ['Paris', 'Paris', 'Paris', 'Boulogne-Billancourt', 'Saint-Denis', 'Versailles', 'Montreuil'][1 + floor(rcity * 7)::INT]
         WHEN 'ARA' THEN ['Lyon', 'Lyon', 'Grenoble', 'Saint-Etienne', 'Clermont-Ferrand', 'Annecy'][1 + floor(rcity * 6)::INT]
         WHEN 'PAC' THEN ['Marseille', 'Marseille', 'Nice', 'Toulon', 'Aix-en-Provence'][1 + floor(rcity * 5)::INT]
         WHEN 'HDF' THEN ['Lille', 'Lille', 'Amiens', 'Roubaix'][1 + floor(rcity * 4)::INT]
         WHEN 'NAQ' THEN ['Bordeaux', 'Bordeaux', 'Limoges', 'Poitiers'][1 + floor(rcity * 4)::INT]
         WHEN 'OCC' THEN ['Toulouse', 'Toulouse', 'Montpellier', 'Nimes'][1 + floor(rcity * 4)::INT]
         WHEN 'GES' THEN ['Strasbourg', 'Reims', 'Metz', 'Nancy'][1 + floor(rcity * 4)::INT]
         WHEN 'BRE' THEN ['Rennes', 'Brest', 'Quimper'][1 + floor(rcity * 3)::INT]
         WHEN 'PDL' THEN ['Nantes', 'Nantes', 'Angers', 'Le Mans'][1 + floor(rcity * 4)::INT]
         WHEN 'BRU' THEN ['Bruxelles', 'Bruxelles', 'Ixelles', 'Schaerbeek'][1 + floor(rcity * 4)::INT]
         WHEN 'WAL' THEN ['Liège', 'Namur', 'Charleroi', 'Mons'][1 + floor(rcity * 4)::INT]
         ELSE ['Antwerpen', 'Gent', 'Brugge', 'Leuven'][1 + floor(rcity * 4)::INT] END AS city,
       region_cd, country_cd,
       CASE WHEN r(i, 'seg') < 0.14 THEN 'PRO' ELSE 'RES' END AS segment_cd,
       DATE '2026-09-30' - floor(pow(r(i, 'since'), 1.3) * 5200)::INT AS customer_since
FROM c2;
ALTER TABLE crm.customer ADD PRIMARY KEY (customer_id);

-- One row per line (SIM or home box). plan_cd: PRE10 prepaid, S4G50 4G 50 GB, S5GUL 5G unlimited, FAM4 family
-- (up to 4 SIMs), PRO5G business 5G, BOXFIB home fibre box. status_cd: A active, S suspended, T terminated.
-- term_reason_cd (terminated lines): PORT port-out to a competitor, PRICE too expensive, MOVE moved away or abroad,
-- NPAY cut for non-payment, NETW network quality, DEC deceased, OTH other.
-- prev_plan_cd / plan_change_date: the line's last plan change (migration), null when it never changed plan;
-- BOXADSL is the former ADSL box plan (no longer sold: only found as a previous plan).
-- commit_end_date: end of the minimum commitment (null for prepaid and lines out of commitment long ago).
CREATE TABLE crm.line AS
WITH cl AS (
  SELECT customer_id, segment_cd, customer_since, 1 + floor(pow(r(customer_id, 'nl'), 3) * 4)::INT AS nl
  FROM crm.customer),
l AS (
  SELECT customer_id, segment_cd, customer_since, k, customer_id * 10 + k AS line_id
  FROM cl, unnest(range(nl)) u(k)),
l2 AS (
  SELECT *,
         CASE WHEN segment_cd = 'PRO' THEN CASE WHEN k > 0 AND r(line_id, 'box') < 0.25 THEN 'BOXFIB' ELSE 'PRO5G' END
              WHEN k > 0 AND r(line_id, 'box') < 0.40 THEN 'BOXFIB'
              WHEN r(line_id, 'pl') < 0.16 THEN 'PRE10' WHEN r(line_id, 'pl') < 0.50 THEN 'S4G50'
              WHEN r(line_id, 'pl') < 0.80 THEN 'S5GUL' ELSE 'FAM4' END AS plan_cd,
         greatest(customer_since, DATE '2016-01-01')
           + floor(pow(r(line_id, 'st'), 0.8) * greatest(1, DATE '2026-09-15' - greatest(customer_since, DATE '2016-01-01')))::INT AS start_date,
         r(line_id, 'stat') AS rs
  FROM l),
l3 AS (
  SELECT *,
         CASE WHEN rs < 0.19 AND start_date < DATE '2026-08-31' THEN 'T' WHEN rs < 0.22 THEN 'S' ELSE 'A' END AS status_cd,
         greatest(start_date + 30, DATE '2023-10-01') AS term_from
  FROM l2)
SELECT line_id::BIGINT AS line_id, customer_id, plan_cd,
       CASE WHEN plan_cd <> 'PRE10' AND r(line_id, 'chg') < 0.24 AND start_date < DATE '2026-06-01'
            THEN CASE plan_cd WHEN 'S5GUL' THEN ['S4G50', 'S4G50', 'PRE10', 'FAM4', 'PRO5G'][1 + floor(r(line_id, 'pp') * 5)::INT]
                              WHEN 'S4G50' THEN ['PRE10', 'PRE10', 'S5GUL'][1 + floor(r(line_id, 'pp') * 3)::INT]
                              WHEN 'FAM4' THEN ['S4G50', 'S5GUL'][1 + floor(r(line_id, 'pp') * 2)::INT]
                              WHEN 'PRO5G' THEN 'S5GUL' ELSE 'BOXADSL' END END AS prev_plan_cd,
       start_date, status_cd, term_from
FROM l3;
UPDATE crm.line SET prev_plan_cd = NULL WHERE prev_plan_cd = plan_cd;
CREATE TABLE crm.line2 AS
SELECT l.line_id, l.customer_id, l.plan_cd, l.start_date, l.status_cd,
       CASE WHEN l.status_cd = 'T' THEN l.term_from + floor(r(l.line_id, 'td') * greatest(1, DATE '2026-09-30' - l.term_from))::INT END AS term_date,
       CASE WHEN l.status_cd = 'T' THEN
         CASE WHEN r(l.line_id, 'tr') < 0.38 THEN 'PORT' WHEN r(l.line_id, 'tr') < 0.58 THEN 'PRICE'
              WHEN r(l.line_id, 'tr') < 0.72 THEN 'MOVE' WHEN r(l.line_id, 'tr') < 0.81 THEN 'NPAY'
              WHEN r(l.line_id, 'tr') < 0.91 THEN 'NETW' WHEN r(l.line_id, 'tr') < 0.94 THEN 'DEC' ELSE 'OTH' END END AS term_reason_cd,
       l.prev_plan_cd,
       CASE WHEN l.prev_plan_cd IS NOT NULL
            THEN greatest(l.start_date + 60, DATE '2023-10-01')
                 + floor(r(l.line_id, 'cd') * greatest(1, DATE '2026-09-30' - greatest(l.start_date + 60, DATE '2023-10-01')))::INT END AS plan_change_date
FROM crm.line l;
DROP TABLE crm.line;
CREATE TABLE crm.line AS
SELECT line_id, customer_id, plan_cd, start_date,
       CASE WHEN plan_cd = 'PRE10' THEN NULL
            WHEN r(line_id, 'cm') < 0.15 THEN NULL
            ELSE greatest(start_date + 365, DATE '2026-09-30' + (floor(r(line_id, 'ce') * 880) - 400)::INT) END AS commit_end_date,
       status_cd, term_date, term_reason_cd, prev_plan_cd,
       CASE WHEN term_date IS NOT NULL AND plan_change_date > term_date THEN NULL ELSE plan_change_date END AS plan_change_date
FROM crm.line2 ORDER BY start_date, line_id;
UPDATE crm.line SET prev_plan_cd = NULL WHERE plan_change_date IS NULL;
UPDATE crm.line SET commit_end_date = NULL WHERE status_cd = 'T' AND commit_end_date > term_date;
DROP TABLE crm.line2;
ALTER TABLE crm.line ADD PRIMARY KEY (line_id);

-- The handset currently used on a mobile line when bought from us (one per line at most), with its instalment
-- plan (24 monthly payments) when it was financed: instalment_end_date runs into 2028.
CREATE TABLE crm.handset AS
WITH h AS (
  SELECT line_id, customer_id, start_date, coalesce(term_date, DATE '2026-09-30') AS last_d,
         r(line_id, 'hb') AS rb
  FROM crm.line WHERE plan_cd <> 'BOXFIB' AND r(line_id, 'hs') < 0.72),
h2 AS (
  SELECT *, CASE WHEN rb < 0.34 THEN 'Apple' WHEN rb < 0.64 THEN 'Samsung' WHEN rb < 0.78 THEN 'Xiaomi'
                 WHEN rb < 0.86 THEN 'Google' WHEN rb < 0.93 THEN 'Oppo' WHEN rb < 0.97 THEN 'Motorola' ELSE 'Fairphone' END AS brand,
            greatest(start_date, last_d - 1800) + floor(pow(r(line_id, 'hd'), 0.7) * greatest(1, last_d - greatest(start_date, last_d - 1800)))::INT AS purchase_date,
            r(line_id, 'hm') AS rm
  FROM h)
SELECT line_id AS handset_id, line_id, customer_id, brand,
       CASE brand
         WHEN 'Apple' THEN ['iPhone 13', 'iPhone 14', 'iPhone 15', 'iPhone 15 Pro', 'iPhone 16', 'iPhone 16 Pro', 'iPhone 17'][1 + floor(rm * 7)::INT]
         WHEN 'Samsung' THEN ['Galaxy A54', 'Galaxy A55', 'Galaxy S23', 'Galaxy S24', 'Galaxy S25', 'Galaxy Z Flip6'][1 + floor(rm * 6)::INT]
         WHEN 'Xiaomi' THEN ['Redmi Note 13', 'Redmi Note 14', 'Xiaomi 14'][1 + floor(rm * 3)::INT]
         WHEN 'Google' THEN ['Pixel 8', 'Pixel 9', 'Pixel 10'][1 + floor(rm * 3)::INT]
         WHEN 'Oppo' THEN ['Reno 12', 'Find X8'][1 + floor(rm * 2)::INT]
         WHEN 'Motorola' THEN ['Moto g84', 'Edge 50'][1 + floor(rm * 2)::INT]
         ELSE 'Fairphone 5' END AS model,
       purchase_date,
       CASE WHEN r(line_id, 'inst') < 0.55 THEN (purchase_date + INTERVAL 24 MONTH)::DATE END AS instalment_end_date
FROM h2 ORDER BY purchase_date, handset_id;

-- Monthly usage per mobile line (from October 2023, while the line is open): data in GB, voice minutes, SMS,
-- days spent roaming abroad in the month (roam_zone_cd of most days: EU / ROW rest of world, null when 0 days).
CREATE TABLE net.usage_monthly AS
WITH m AS (SELECT (DATE '2023-10-01' + INTERVAL (k) MONTH)::DATE AS month_start FROM range(36) t(k)),
lm AS (
  SELECT l.line_id, l.customer_id, l.plan_cd, m.month_start,
         pow(r(l.line_id, 'dint'), 1.5) AS di, r(l.line_id, 'trav') AS tr
  FROM crm.line l JOIN m ON m.month_start >= date_trunc('month', l.start_date)
   AND (l.term_date IS NULL OR m.month_start <= l.term_date)
  WHERE l.plan_cd <> 'BOXFIB')
SELECT line_id, customer_id, month_start,
       round(CASE plan_cd WHEN 'PRE10' THEN 8 WHEN 'S4G50' THEN 40 WHEN 'S5GUL' THEN 140 WHEN 'FAM4' THEN 55 ELSE 70 END
             * di * (0.6 + 0.8 * r(line_id * 100 + month(month_start) + year(month_start) * 13, 'dm')), 2)::DECIMAL(8, 2) AS data_gb,
       floor(r(line_id, 'vint') * 900 * (0.5 + r(line_id * 1000 + month(month_start) + year(month_start) * 13, 'vm')))::INTEGER AS voice_min,
       floor(pow(r(line_id, 'sint'), 2) * 400 * r(line_id * 1000 + month(month_start) + year(month_start) * 13, 'sm'))::INTEGER AS sms_count,
       CASE WHEN r(line_id * 1000 + month(month_start) + year(month_start) * 13, 'rm')
                 < tr * CASE WHEN month(month_start) IN (7, 8) THEN 0.7 WHEN month(month_start) IN (12, 4, 5) THEN 0.35 ELSE 0.15 END
            THEN 1 + floor(pow(r(line_id * 1000 + month(month_start) + year(month_start) * 13, 'rd'), 2) * 25)::INT ELSE 0 END AS roam_days
FROM lm ORDER BY month_start, line_id;
ALTER TABLE net.usage_monthly ADD COLUMN roam_zone_cd VARCHAR;
UPDATE net.usage_monthly SET roam_zone_cd = CASE WHEN r(line_id * 1000 + month(month_start) + year(month_start) * 13, 'rz') < 0.8 THEN 'EU' ELSE 'ROW' END
WHERE roam_days > 0;

-- Network-quality complaints per line. issue_cd: NOCOV no coverage, SLOW slow data, DROP dropped calls,
-- FIBRE fibre outage; status_cd OPEN / CLOSED.
CREATE TABLE net.complaint AS
WITH c AS (
  SELECT line_id, customer_id, greatest(start_date, DATE '2023-10-01') AS f, coalesce(term_date, DATE '2026-09-30') AS t,
         floor(pow(r(line_id, 'nc'), 6) * 5)::INT AS n, plan_cd
  FROM crm.line),
c2 AS (SELECT c.*, line_id * 10 + k AS complaint_id, f + floor(r(line_id * 10 + k, 'cdt') * greatest(1, t - f))::INT AS opened_date
       FROM c, unnest(range(CASE WHEN t > f THEN n ELSE 0 END)) u(k))
SELECT complaint_id, line_id, customer_id, opened_date,
       CASE WHEN plan_cd = 'BOXFIB' THEN 'FIBRE'
            ELSE ['NOCOV', 'SLOW', 'SLOW', 'DROP'][1 + floor(r(complaint_id, 'iss') * 4)::INT] END AS issue_cd,
       CASE WHEN opened_date > DATE '2026-09-30' - 20 AND r(complaint_id, 'op') < 0.7 THEN 'OPEN' ELSE 'CLOSED' END AS status_cd
FROM c2 ORDER BY opened_date, complaint_id;

-- Monthly invoices per customer (issued on the 5th, due on the 20th) while the customer has an open line.
-- paid_date is null when still unpaid on as_of. days_late (as of as_of): days past the due date before payment,
-- or until as_of when unpaid; 0 when paid on time. pay_method_cd: DD direct debit, CARD, TRANSFER.
CREATE TABLE bill.invoice AS
WITH cu AS (
  SELECT customer_id, min(start_date) AS f, max(coalesce(term_date, DATE '2026-09-30')) AS t, count(*) AS nl
  FROM crm.line GROUP BY customer_id),
m AS (SELECT (DATE '2023-10-01' + INTERVAL (k) MONTH)::DATE AS month_start FROM range(36) t(k)),
iv AS (
  SELECT cu.customer_id, cu.nl, m.month_start, cu.customer_id * 100 + datediff('month', DATE '2023-10-01', m.month_start) AS invoice_id,
         r(cu.customer_id, 'pay') AS pr
  FROM cu JOIN m ON m.month_start + 4 >= cu.f AND m.month_start <= cu.t),
iv2 AS (
  SELECT *, month_start + 4 AS invoice_date, month_start + 19 AS due_date,
         r(invoice_id, 'late') < CASE WHEN pr < 0.07 THEN 0.40 WHEN pr < 0.22 THEN 0.09 ELSE 0.008 END AS is_late
  FROM iv)
SELECT invoice_id::BIGINT AS invoice_id, customer_id, invoice_date, due_date,
       round(nl * (14 + r(invoice_id, 'amt') * 28), 2)::DECIMAL(10, 2) AS amount_eur,
       CASE WHEN is_late THEN CASE WHEN due_date + 1 + floor(pow(r(invoice_id, 'dl'), 2) * 75)::INT > DATE '2026-09-30' THEN NULL
                                   ELSE due_date + 1 + floor(pow(r(invoice_id, 'dl'), 2) * 75)::INT END
            WHEN due_date - floor(r(invoice_id, 'pd') * 12)::INT > DATE '2026-09-30' THEN NULL
            ELSE due_date - floor(r(invoice_id, 'pd') * 12)::INT END AS paid_date,
       CASE WHEN r(customer_id, 'pm') < 0.72 THEN 'DD' WHEN r(customer_id, 'pm') < 0.92 THEN 'CARD' ELSE 'TRANSFER' END AS pay_method_cd
FROM iv2 WHERE invoice_date <= DATE '2026-09-30' ORDER BY invoice_date, invoice_id;
ALTER TABLE bill.invoice ADD COLUMN days_late INTEGER;
UPDATE bill.invoice SET days_late = greatest(0, coalesce(paid_date, DATE '2026-09-30') - due_date);

-- Sales of devices and accessories in our shops (SHOP) and web shop (WEB). category_cd: PHONE smartphone,
-- TAB tablet, WATCH smartwatch, ACC accessory (cases, chargers, earbuds), ROUTER 4G/5G router.
CREATE TABLE sales.device_sale AS
WITH s AS (
  SELECT customer_id, customer_id * 100 + k AS sale_id, r(customer_id, 'web') AS wp
  FROM crm.customer, unnest(range(floor(pow(r(customer_id, 'ns'), 2.5) * 9)::INT)) u(k)),
s2 AS (
  SELECT *, DATE '2023-10-01' + floor(r(sale_id, 'sd') * 1096)::INT AS sale_date, r(sale_id, 'cat') AS rc FROM s)
SELECT sale_id::BIGINT AS sale_id, customer_id, sale_date,
       CASE WHEN r(sale_id, 'ch') < wp THEN 'WEB' ELSE 'SHOP' END AS channel_cd,
       CASE WHEN rc < 0.22 THEN 'PHONE' WHEN rc < 0.30 THEN 'TAB' WHEN rc < 0.40 THEN 'WATCH' WHEN rc < 0.95 THEN 'ACC' ELSE 'ROUTER' END AS category_cd,
       CASE WHEN rc < 0.40 THEN ['Apple', 'Samsung', 'Xiaomi', 'Google'][1 + floor(r(sale_id, 'br') * 4)::INT]
            WHEN rc < 0.95 THEN ['Onda', 'Belkin', 'Apple', 'Samsung', 'JBL'][1 + floor(r(sale_id, 'br') * 5)::INT]
            ELSE 'Huawei' END AS brand,
       round(CASE WHEN rc < 0.22 THEN 180 + r(sale_id, 'a') * 1100 WHEN rc < 0.30 THEN 150 + r(sale_id, 'a') * 800
                  WHEN rc < 0.40 THEN 90 + r(sale_id, 'a') * 400 WHEN rc < 0.95 THEN 9 + r(sale_id, 'a') * 140
                  ELSE 60 + r(sale_id, 'a') * 200 END, 2)::DECIMAL(10, 2) AS amount_eur
FROM s2 ORDER BY sale_date, sale_id;

-- Customer care contacts. channel_cd: CALL call centre, CHAT, SHOP in a shop, EMAIL. reason_cd: BILL billing,
-- NETW network, ROAM roaming, DEV device, PLAN plan or option change, MOVE home move, OTH other.
CREATE TABLE care.contact AS
WITH c AS (
  SELECT customer_id, customer_id * 100 + k AS contact_id
  FROM crm.customer, unnest(range(floor(pow(r(customer_id, 'ncc'), 2) * 8)::INT)) u(k))
SELECT contact_id::BIGINT AS contact_id, customer_id,
       DATE '2023-10-01' + floor(pow(r(contact_id, 'cd'), 0.8) * 1096)::INT AS contact_date,
       CASE WHEN r(contact_id, 'ch') < 0.55 THEN 'CALL' WHEN r(contact_id, 'ch') < 0.80 THEN 'CHAT'
            WHEN r(contact_id, 'ch') < 0.93 THEN 'SHOP' ELSE 'EMAIL' END AS channel_cd,
       CASE WHEN r(contact_id, 'rs') < 0.32 THEN 'BILL' WHEN r(contact_id, 'rs') < 0.50 THEN 'NETW'
            WHEN r(contact_id, 'rs') < 0.58 THEN 'ROAM' WHEN r(contact_id, 'rs') < 0.72 THEN 'DEV'
            WHEN r(contact_id, 'rs') < 0.86 THEN 'PLAN' WHEN r(contact_id, 'rs') < 0.90 THEN 'MOVE' ELSE 'OTH' END AS reason_cd,
       r(contact_id, 'fcr') < 0.7 AS resolved_first_contact
FROM c;
CREATE TABLE care.contact2 AS SELECT * FROM care.contact ORDER BY contact_date, contact_id;
DROP TABLE care.contact; ALTER TABLE care.contact2 RENAME TO contact;

-- Campaign messages sent (EMAIL, SMS, PUSH) with opens (null for SMS: not tracked) and clicks.
-- objective_cd: RET retention, UPS upsell (plan upgrade), DEV device offer, INFO newsletter / information.
CREATE TABLE mkt.message AS
WITH b AS (
  SELECT customer_id, floor(pow(r(customer_id, 'nm'), 1.4) * 45)::INT AS n,
         CASE WHEN r(customer_id, 'burst') < 0.09 THEN 4 + floor(r(customer_id, 'bn') * 6)::INT ELSE 0 END AS nb
  FROM crm.customer),
m AS (
  SELECT customer_id, customer_id * 100 + k AS message_id,
         CASE WHEN k < n THEN DATE '2023-10-01' + floor(r(customer_id * 100 + k, 'sd') * 1096)::INT
              ELSE DATE '2026-09-30' - floor(r(customer_id * 100 + k, 'sd') * 28)::INT END AS sent_date
  FROM b, unnest(range(n + nb)) u(k)),
m2 AS (
  SELECT *, CASE WHEN r(message_id, 'ch') < 0.6 THEN 'EMAIL' WHEN r(message_id, 'ch') < 0.85 THEN 'SMS' ELSE 'PUSH' END AS channel_cd,
            ['RET', 'UPS', 'UPS', 'DEV', 'INFO', 'INFO'][1 + floor(r(message_id, 'obj') * 6)::INT] AS objective_cd,
            r(customer_id, 'eng') AS eng
  FROM m)
SELECT message_id::BIGINT AS message_id, customer_id,
       objective_cd || '-' || strftime(sent_date, '%Y%m') || '-' || channel_cd AS campaign_cd,
       objective_cd, channel_cd, sent_date,
       CASE WHEN channel_cd = 'SMS' THEN NULL ELSE r(message_id, 'op') < eng * 0.7 END AS opened_flag,
       r(message_id, 'op') < eng * 0.7 * 0.25 AS clicked_flag
FROM m2 ORDER BY sent_date, message_id;

-- Consent per channel (EMAIL, SMS, PUSH): at most one row per customer and channel; no row = no consent.
CREATE TABLE mkt.consent AS
SELECT customer_id, ch AS channel_cd,
       r(customer_id * 10 + len(ch), 'oi') < CASE ch WHEN 'EMAIL' THEN 0.68 WHEN 'SMS' THEN 0.47 ELSE 0.33 END AS opt_in,
       DATE '2020-01-01' + floor(r(customer_id * 10 + len(ch), 'ud') * 2464)::INT AS updated_date
FROM crm.customer, (VALUES ('EMAIL'), ('SMS'), ('PUSH')) v(ch)
WHERE r(customer_id * 10 + len(ch), 'row') < 0.88;

-- Do-not-contact list. reason_cd: RGPD objection under GDPR, BLOCTEL (French do-not-call register),
-- LITIGE open dispute, DEC deceased, FRAUD.
CREATE TABLE mkt.do_not_contact AS
SELECT customer_id,
       ['RGPD', 'RGPD', 'BLOCTEL', 'BLOCTEL', 'LITIGE', 'DEC', 'FRAUD'][1 + floor(r(customer_id, 'dr') * 7)::INT] AS reason_cd,
       DATE '2021-01-01' + floor(r(customer_id, 'da') * 2098)::INT AS added_date
FROM crm.customer WHERE r(customer_id, 'dnc') < 0.035;

-- Monthly churn-risk score (data science), one row per customer and scoring month (first of the month), last 12
-- months, for customers with an open line that month. churn_prob 0..1; risk_band_cd L (< 0.3), M, H (>= 0.7).
CREATE TABLE ds.churn_score AS
WITH cu AS (
  SELECT l.customer_id, max(coalesce(l.term_date, DATE '2026-09-30')) AS t,
         min(l.commit_end_date) FILTER (WHERE l.commit_end_date >= DATE '2026-09-30') AS next_end,
         r(l.customer_id, 'pay') AS pr, r(l.customer_id, 'chs') AS base
  FROM crm.line l GROUP BY l.customer_id),
m AS (SELECT (DATE '2025-10-01' + INTERVAL (k) MONTH)::DATE AS score_month FROM range(12) t(k))
SELECT cu.customer_id, m.score_month,
       round(least(0.99, greatest(0.01, 0.65 * pow(base, 1.8)
             + CASE WHEN pr < 0.07 THEN 0.25 ELSE 0 END
             + CASE WHEN next_end IS NOT NULL AND next_end < DATE '2027-03-31' THEN 0.15 ELSE 0 END
             + CASE WHEN t < DATE '2026-09-30' THEN 0.35 * (1 - (datediff('day', m.score_month, t) / 400.0)) ELSE 0 END
             + 0.12 * (r(cu.customer_id * 100 + month(m.score_month), 'sn') - 0.5))), 3) AS churn_prob
FROM cu JOIN m ON m.score_month <= cu.t;
ALTER TABLE ds.churn_score ADD COLUMN risk_band_cd VARCHAR;
UPDATE ds.churn_score SET risk_band_cd = CASE WHEN churn_prob >= 0.7 THEN 'H' WHEN churn_prob >= 0.3 THEN 'M' ELSE 'L' END;
