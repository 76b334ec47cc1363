-- The Éclat warehouse: a chain of beauty and parapharmacy stores (skincare, make-up, fragrance, hair,
-- dermo-cosmetics, baby, solar) with 55 stores in France (38), Belgium (10) and Quebec, Canada (7), a web shop and
-- a mobile app, and the "Club Éclat" loyalty programme. 10,000 CRM contacts, three years of activity up to as_of
-- 2026-09-30 (beauty appointments booked up to two months ahead, subscriptions' next shipments ahead).
-- Operational schemas, one per source system, no date dimension (own DATE / TIMESTAMP columns):
--   crm       contacts, loyalty cards (a contact may have had several), tier history (valid_from / valid_to)
--   pim       the product catalogue (universe codes, French sub-category names, brands)
--   pos       stores, till tickets (header: store, time, card number when scanned, payment) and their lines
--   web       web-shop / app orders (header + lines, fulfilment mode), replenishment subscriptions, sample
--             requests, product reviews
--   app       mobile-app sessions
--   services  beauty-consultation appointments in store (skin diagnosis, make-up lesson, brow bar)
--   mkt       campaigns, sends (e-mail, SMS, push; opens and clicks), consent per channel, do-not-contact
--   ds        data-science scores (churn, predicted skin type, next-best category)
-- A ticket knows the loyalty CARD scanned, never the contact: the contact is reached through crm.loyalty_card.
-- Quebec stores and the Canadian web shop sell in CAD: every line has its local amount and its EUR amount.
-- Deterministic: every draw is a hash (no random(), no mode()). Runs on an empty in-memory DuckDB in a few seconds.
-- Catalog: schema_catalog/catalogs/beauty.yaml; blind set: evals/beauty/
CREATE MACRO r(k, s) AS ((hash(k, s, 64) % 1000003)::DOUBLE / 1000003.0);
-- Black Friday (the day after the fourth Thursday of November); Mother's Day (France: last Sunday of May;
-- Belgium and Quebec: second Sunday of May)
CREATE MACRO black_friday(y) AS make_date(y, 11, 1) + ((4 - isodow(make_date(y, 11, 1)) + 7) % 7 + 22)::INT;
CREATE MACRO mothers_day(y, ctry) AS CASE WHEN ctry = 'FR'
    THEN make_date(y, 5, 31) - (isodow(make_date(y, 5, 31)) % 7)::INT
    ELSE make_date(y, 5, 1) + ((7 - isodow(make_date(y, 5, 1))) % 7 + 7)::INT END;
-- a purchase day drawn in [lo, hi], pulled into Christmas, Black Friday week or the week before Mother's Day for a
-- share of rows, and onto Saturdays for another share (always kept in [lo, hi])
CREATE MACRO day_in(k, lo, hi) AS lo + floor(r(k, 'day') * (hi - lo + 1))::INT;
CREATE MACRO day_pulled(k, d, ctry) AS CASE
    WHEN r(k, 'ss') < 0.09 THEN make_date(year(d), 12, 1) + floor(r(k, 'sd') * 24)::INT
    WHEN r(k, 'ss') < 0.13 THEN black_friday(year(d)) - 1 + floor(r(k, 'sd') * 4)::INT
    WHEN r(k, 'ss') < 0.17 THEN mothers_day(year(d), ctry) - 1 - floor(r(k, 'sd') * 9)::INT
    WHEN r(k, 'ss') < 0.35 THEN d + (6 - isodow(d))::INT
    ELSE d END;
CREATE MACRO season_day(k, lo, hi, ctry) AS CASE
    WHEN day_pulled(k, day_in(k, lo, hi), ctry) BETWEEN lo AND hi THEN day_pulled(k, day_in(k, lo, hi), ctry)
    ELSE day_in(k, lo, hi) END;

-- a store of the country drawn from x in [0, 1): stores 1-38 are in France, 39-48 in Belgium, 49-55 in Quebec
CREATE MACRO country_store(ctry, x) AS CASE ctry WHEN 'FR' THEN 1 + floor(x * 38) WHEN 'BE' THEN 39 + floor(x * 10)
    ELSE 49 + floor(x * 7) END::INT;

CREATE SCHEMA meta; CREATE SCHEMA crm; CREATE SCHEMA pim; CREATE SCHEMA pos; CREATE SCHEMA web; CREATE SCHEMA app;
CREATE SCHEMA services; CREATE SCHEMA mkt; CREATE SCHEMA ds;
CREATE TABLE meta.warehouse AS SELECT DATE '2026-09-30' AS as_of;

-- ---------------------------------------------------------------------------------------------------------------
-- Stores. format_code: CV centre-ville (high street), CC centre commercial (shopping mall), TR transit (station,
-- airport). has_beauty_space: a cabin for skin diagnoses and make-up lessons, and a brow bar.
CREATE TABLE pos.store AS
SELECT s.*, CASE country_code WHEN 'CA' THEN 'CAD' ELSE 'EUR' END AS currency_code
FROM (VALUES
  (1, 'FR-PAR01', 'Éclat Paris Opéra', 'Paris', '75009', 'Île-de-France', 'FR', 'CV', true, DATE '2009-03-14'),
  (2, 'FR-PAR02', 'Éclat Paris Rivoli', 'Paris', '75001', 'Île-de-France', 'FR', 'CV', true, DATE '2011-09-01'),
  (3, 'FR-PAR03', 'Éclat Paris Montparnasse Gare', 'Paris', '75015', 'Île-de-France', 'FR', 'TR', false, DATE '2014-05-20'),
  (4, 'FR-PAR04', 'Éclat Paris Marais', 'Paris', '75004', 'Île-de-France', 'FR', 'CV', true, DATE '2016-11-10'),
  (5, 'FR-PAR05', 'Éclat Paris Saint-Lazare', 'Paris', '75008', 'Île-de-France', 'FR', 'TR', false, DATE '2013-02-02'),
  (6, 'FR-LDF01', 'Éclat La Défense Les 4 Temps', 'Puteaux', '92800', 'Île-de-France', 'FR', 'CC', true, DATE '2012-04-18'),
  (7, 'FR-BOU01', 'Éclat Boulogne', 'Boulogne-Billancourt', '92100', 'Île-de-France', 'FR', 'CV', false, DATE '2018-06-06'),
  (8, 'FR-VER01', 'Éclat Versailles', 'Versailles', '78000', 'Île-de-France', 'FR', 'CV', true, DATE '2017-03-25'),
  (9, 'FR-ORY01', 'Éclat Paris-Orly Aéroport', 'Paray-Vieille-Poste', '94390', 'Île-de-France', 'FR', 'TR', false, DATE '2019-07-01'),
  (10, 'FR-LYS01', 'Éclat Lyon Part-Dieu', 'Lyon', '69003', 'Auvergne-Rhône-Alpes', 'FR', 'CC', true, DATE '2010-10-10'),
  (11, 'FR-LYS02', 'Éclat Lyon Bellecour', 'Lyon', '69002', 'Auvergne-Rhône-Alpes', 'FR', 'CV', true, DATE '2015-09-12'),
  (12, 'FR-GRE01', 'Éclat Grenoble', 'Grenoble', '38000', 'Auvergne-Rhône-Alpes', 'FR', 'CV', false, DATE '2019-04-04'),
  (13, 'FR-CLF01', 'Éclat Clermont-Ferrand Jaude', 'Clermont-Ferrand', '63000', 'Auvergne-Rhône-Alpes', 'FR', 'CC', false, DATE '2020-09-15'),
  (14, 'FR-MRS01', 'Éclat Marseille Terrasses du Port', 'Marseille', '13002', 'Provence-Alpes-Côte d''Azur', 'FR', 'CC', true, DATE '2014-05-22'),
  (15, 'FR-MRS02', 'Éclat Marseille Canebière', 'Marseille', '13001', 'Provence-Alpes-Côte d''Azur', 'FR', 'CV', false, DATE '2012-01-28'),
  (16, 'FR-NCE01', 'Éclat Nice Masséna', 'Nice', '06000', 'Provence-Alpes-Côte d''Azur', 'FR', 'CV', true, DATE '2013-06-14'),
  (17, 'FR-AIX01', 'Éclat Aix-en-Provence', 'Aix-en-Provence', '13100', 'Provence-Alpes-Côte d''Azur', 'FR', 'CV', true, DATE '2016-03-03'),
  (18, 'FR-TLN01', 'Éclat Toulon Mayol', 'Toulon', '83000', 'Provence-Alpes-Côte d''Azur', 'FR', 'CC', false, DATE '2021-05-19'),
  (19, 'FR-TLS01', 'Éclat Toulouse Capitole', 'Toulouse', '31000', 'Occitanie', 'FR', 'CV', true, DATE '2011-11-05'),
  (20, 'FR-TLS02', 'Éclat Toulouse Blagnac', 'Blagnac', '31700', 'Occitanie', 'FR', 'CC', false, DATE '2018-10-20'),
  (21, 'FR-MPL01', 'Éclat Montpellier Polygone', 'Montpellier', '34000', 'Occitanie', 'FR', 'CC', true, DATE '2015-02-14'),
  (22, 'FR-BOD01', 'Éclat Bordeaux Sainte-Catherine', 'Bordeaux', '33000', 'Nouvelle-Aquitaine', 'FR', 'CV', true, DATE '2012-08-30'),
  (23, 'FR-BOD02', 'Éclat Bordeaux Mériadeck', 'Bordeaux', '33000', 'Nouvelle-Aquitaine', 'FR', 'CC', false, DATE '2019-11-16'),
  (24, 'FR-BIQ01', 'Éclat Biarritz', 'Biarritz', '64200', 'Nouvelle-Aquitaine', 'FR', 'CV', false, DATE '2022-04-09'),
  (25, 'FR-LIL01', 'Éclat Lille Euralille', 'Lille', '59000', 'Hauts-de-France', 'FR', 'CC', true, DATE '2013-09-07'),
  (26, 'FR-LIL02', 'Éclat Lille Vieux-Lille', 'Lille', '59800', 'Hauts-de-France', 'FR', 'CV', false, DATE '2020-02-29'),
  (27, 'FR-NTE01', 'Éclat Nantes Atlantis', 'Saint-Herblain', '44800', 'Pays de la Loire', 'FR', 'CC', true, DATE '2014-10-01'),
  (28, 'FR-NTE02', 'Éclat Nantes Graslin', 'Nantes', '44000', 'Pays de la Loire', 'FR', 'CV', false, DATE '2017-05-13'),
  (29, 'FR-ANG01', 'Éclat Angers', 'Angers', '49000', 'Pays de la Loire', 'FR', 'CV', false, DATE '2021-09-25'),
  (30, 'FR-RNS01', 'Éclat Rennes Colombier', 'Rennes', '35000', 'Bretagne', 'FR', 'CC', true, DATE '2016-08-27'),
  (31, 'FR-SXB01', 'Éclat Strasbourg Kléber', 'Strasbourg', '67000', 'Grand Est', 'FR', 'CV', true, DATE '2012-12-01'),
  (32, 'FR-MTZ01', 'Éclat Metz Muse', 'Metz', '57000', 'Grand Est', 'FR', 'CC', false, DATE '2018-03-17'),
  (33, 'FR-RHE01', 'Éclat Reims', 'Reims', '51100', 'Grand Est', 'FR', 'CV', false, DATE '2022-10-08'),
  (34, 'FR-DIJ01', 'Éclat Dijon', 'Dijon', '21000', 'Bourgogne-Franche-Comté', 'FR', 'CV', false, DATE '2020-06-20'),
  (35, 'FR-TUF01', 'Éclat Tours', 'Tours', '37000', 'Centre-Val de Loire', 'FR', 'CV', false, DATE '2021-03-13'),
  (36, 'FR-URO01', 'Éclat Rouen', 'Rouen', '76000', 'Normandie', 'FR', 'CV', true, DATE '2017-10-21'),
  (37, 'FR-CFR01', 'Éclat Caen Mondeville', 'Mondeville', '14120', 'Normandie', 'FR', 'CC', false, DATE '2023-04-15'),
  (38, 'FR-AJA01', 'Éclat Ajaccio', 'Ajaccio', '20000', 'Corse', 'FR', 'CV', false, DATE '2024-05-04'),
  (39, 'BE-BRU01', 'Éclat Bruxelles Louise', 'Bruxelles', '1050', 'Bruxelles-Capitale', 'BE', 'CV', true, DATE '2013-04-12'),
  (40, 'BE-BRU02', 'Éclat Bruxelles Toison d''Or', 'Bruxelles', '1050', 'Bruxelles-Capitale', 'BE', 'CV', false, DATE '2016-02-06'),
  (41, 'BE-BRU03', 'Éclat Woluwe Shopping', 'Woluwe-Saint-Lambert', '1200', 'Bruxelles-Capitale', 'BE', 'CC', true, DATE '2018-09-22'),
  (42, 'BE-LGG01', 'Éclat Liège Médiacité', 'Liège', '4020', 'Wallonie', 'BE', 'CC', true, DATE '2015-05-09'),
  (43, 'BE-LGG02', 'Éclat Liège Carré', 'Liège', '4000', 'Wallonie', 'BE', 'CV', false, DATE '2021-11-27'),
  (44, 'BE-NAM01', 'Éclat Namur', 'Namur', '5000', 'Wallonie', 'BE', 'CV', false, DATE '2019-03-30'),
  (45, 'BE-CRL01', 'Éclat Charleroi Rive Gauche', 'Charleroi', '6000', 'Wallonie', 'BE', 'CC', false, DATE '2020-10-03'),
  (46, 'BE-MON01', 'Éclat Mons', 'Mons', '7000', 'Wallonie', 'BE', 'CV', false, DATE '2023-09-16'),
  (47, 'BE-GNT01', 'Éclat Gent Veldstraat', 'Gent', '9000', 'Vlaanderen', 'BE', 'CV', true, DATE '2017-06-17'),
  (48, 'BE-ANR01', 'Éclat Antwerpen Meir', 'Antwerpen', '2000', 'Vlaanderen', 'BE', 'CV', false, DATE '2018-12-08'),
  (49, 'CA-YUL01', 'Éclat Montréal Sainte-Catherine', 'Montréal', 'H3B 1A7', 'Québec', 'CA', 'CV', true, DATE '2016-05-05'),
  (50, 'CA-YUL02', 'Éclat Montréal Eaton Centre', 'Montréal', 'H3B 3Y1', 'Québec', 'CA', 'CC', false, DATE '2019-08-24'),
  (51, 'CA-YUL03', 'Éclat Carrefour Laval', 'Laval', 'H7T 1C8', 'Québec', 'CA', 'CC', true, DATE '2020-11-14'),
  (52, 'CA-YQB01', 'Éclat Québec Laurier', 'Québec', 'G1V 2L1', 'Québec', 'CA', 'CC', true, DATE '2017-04-29'),
  (53, 'CA-YQB02', 'Éclat Vieux-Québec', 'Québec', 'G1R 4P3', 'Québec', 'CA', 'CV', false, DATE '2022-06-18'),
  (54, 'CA-YGA01', 'Éclat Gatineau Promenades', 'Gatineau', 'J8T 8J1', 'Québec', 'CA', 'CC', false, DATE '2021-10-16'),
  (55, 'CA-YSC01', 'Éclat Sherbrooke Carrefour de l''Estrie', 'Sherbrooke', 'J1L 1K1', 'Québec', 'CA', 'CC', false, DATE '2023-03-11'))
  AS s(store_id, store_code, store_name, city, postal_code, region, country_code, format_code, has_beauty_space, opened_on);

-- ---------------------------------------------------------------------------------------------------------------
-- The product catalogue. universe_code: SOIN skincare, MAQ make-up, PARF fragrance, CAP hair, DERMO
-- dermo-cosmetics (parapharmacy), BEBE baby, SOL sun care. Sub-categories are the PIM's French names.
CREATE TABLE pim.product AS
WITH b(brand, universes, pf, own) AS (VALUES
  ('La Roche-Posay', ['DERMO', 'SOL', 'SOIN'], 1.0, false), ('Avène', ['DERMO', 'SOL', 'BEBE'], 0.95, false),
  ('Bioderma', ['DERMO', 'SOL'], 0.85, false), ('Vichy', ['SOIN', 'DERMO', 'CAP'], 1.05, false),
  ('CeraVe', ['DERMO', 'SOIN'], 0.75, false), ('Uriage', ['DERMO', 'BEBE', 'SOL'], 0.85, false),
  ('SVR', ['DERMO', 'SOL'], 0.8, false), ('Nuxe', ['SOIN', 'SOL'], 1.1, false), ('Caudalie', ['SOIN'], 1.2, false),
  ('Filorga', ['SOIN'], 1.45, false), ('Lierac', ['SOIN'], 1.3, false), ('Clarins', ['SOIN', 'MAQ', 'SOL'], 1.5, false),
  ('Lancôme', ['SOIN', 'MAQ', 'PARF'], 1.8, false), ('Dior', ['PARF', 'MAQ'], 2.0, false),
  ('Yves Saint Laurent', ['PARF', 'MAQ'], 1.9, false), ('Guerlain', ['PARF', 'SOIN'], 2.1, false),
  ('Jean Paul Gaultier', ['PARF'], 1.6, false), ('Paco Rabanne', ['PARF'], 1.5, false),
  ('Maybelline', ['MAQ'], 0.5, false), ('NYX', ['MAQ'], 0.55, false), ('Benefit', ['MAQ'], 1.1, false),
  ('Kérastase', ['CAP'], 1.6, false), ('Klorane', ['CAP', 'BEBE'], 0.7, false), ('Phyto', ['CAP'], 1.0, false),
  ('Ducray', ['CAP', 'DERMO'], 0.8, false), ('Mustela', ['BEBE'], 0.8, false), ('Weleda', ['BEBE', 'SOIN'], 0.8, false),
  ('Pampers', ['BEBE'], 0.6, false), ('Ambre Solaire', ['SOL'], 0.6, false),
  ('Éclat Paris', ['SOIN', 'MAQ', 'CAP', 'SOL', 'BEBE'], 0.55, true)),
sc(universe, sub_category, base_price, nouns, replenish) AS (VALUES
  ('SOIN', 'Sérums', 38, ['Sérum Hyaluronique', 'Sérum Vitamine C', 'Sérum Rétinol', 'Sérum Éclat', 'Sérum Anti-taches'], true),
  ('SOIN', 'Crèmes hydratantes', 26, ['Crème Hydratante', 'Gel-Crème Hydratant', 'Crème Riche', 'Fluide Hydratant'], true),
  ('SOIN', 'Anti-âge', 52, ['Crème Anti-rides', 'Soin Liftant', 'Crème de Nuit Régénérante', 'Soin Fermeté'], false),
  ('SOIN', 'Nettoyants & démaquillants', 15, ['Eau Micellaire', 'Gel Nettoyant', 'Huile Démaquillante', 'Lait Démaquillant'], true),
  ('SOIN', 'Contour des yeux', 32, ['Contour des Yeux', 'Patchs Yeux', 'Roll-on Anti-cernes'], false),
  ('SOIN', 'Masques', 19, ['Masque Purifiant', 'Masque Hydratant', 'Masque Éclat'], false),
  ('MAQ', 'Teint', 29, ['Fond de Teint', 'Correcteur', 'Poudre', 'Blush', 'BB Crème'], false),
  ('MAQ', 'Yeux', 22, ['Mascara', 'Palette Fards', 'Eye-liner', 'Crayon Yeux'], false),
  ('MAQ', 'Lèvres', 20, ['Rouge à Lèvres', 'Gloss', 'Baume Teinté', 'Crayon Lèvres'], false),
  ('MAQ', 'Ongles', 9, ['Vernis', 'Base Protectrice', 'Dissolvant'], false),
  ('MAQ', 'Sourcils', 17, ['Gel Sourcils', 'Crayon Sourcils', 'Poudre Sourcils'], false),
  ('PARF', 'Parfums femme', 78, ['Eau de Parfum', 'Eau de Toilette', 'Parfum Intense'], false),
  ('PARF', 'Parfums homme', 72, ['Eau de Toilette', 'Eau de Parfum', 'Après-rasage'], false),
  ('PARF', 'Coffrets', 85, ['Coffret Parfum', 'Coffret Découverte'], false),
  ('CAP', 'Shampoings', 13, ['Shampoing Doux', 'Shampoing Antipelliculaire', 'Shampoing Sec', 'Shampoing Réparateur'], true),
  ('CAP', 'Après-shampoings & masques', 18, ['Après-shampoing', 'Masque Nutrition', 'Masque Réparateur'], true),
  ('CAP', 'Coloration', 12, ['Coloration Permanente', 'Coloration Ton sur Ton'], false),
  ('CAP', 'Soins sans rinçage', 21, ['Huile Sèche Cheveux', 'Sérum Anti-chute', 'Spray Thermo-protecteur'], false),
  ('DERMO', 'Peaux atopiques', 19, ['Baume Relipidant', 'Crème Émolliente', 'Huile Lavante'], true),
  ('DERMO', 'Anti-imperfections', 17, ['Gel Purifiant', 'Soin Anti-imperfections', 'Lotion Matifiante'], true),
  ('DERMO', 'Peaux sensibles', 18, ['Crème Apaisante', 'Eau Thermale', 'Sérum Anti-rougeurs'], true),
  ('DERMO', 'Cicatrisants', 11, ['Crème Réparatrice', 'Baume Cicatrisant'], false),
  ('BEBE', 'Change', 16, ['Couches Taille 3', 'Couches Taille 4', 'Lingettes', 'Liniment'], true),
  ('BEBE', 'Toilette bébé', 10, ['Gel Lavant Bébé', 'Eau Nettoyante', 'Shampoing Bébé'], true),
  ('BEBE', 'Soins bébé', 12, ['Crème Change', 'Lait Hydratant Bébé', 'Crème Croûtes de Lait'], false),
  ('SOL', 'Protection visage', 21, ['Fluide SPF50+', 'Crème Solaire Visage SPF50', 'Stick Solaire'], false),
  ('SOL', 'Protection corps', 19, ['Spray Solaire SPF30', 'Lait Solaire SPF50', 'Huile Solaire SPF30'], false),
  ('SOL', 'Après-soleil', 14, ['Lait Après-soleil', 'Gel Après-soleil'], false),
  ('SOL', 'Autobronzants', 23, ['Autobronzant Visage', 'Lotion Autobronzante'], false)),
p AS (
  SELECT b.*, sc.*, k, hash(b.brand, sc.sub_category, k) AS hk
  FROM b JOIN sc ON list_contains(b.universes, sc.universe)
  CROSS JOIN range(0, 8) u(k)
  WHERE k < 2 + floor(r(hash(b.brand, sc.sub_category), 'np') * 5)
    AND NOT (sc.sub_category = 'Change' AND b.brand NOT IN ('Pampers', 'Mustela', 'Éclat Paris')))
SELECT row_number() OVER (ORDER BY universe, sub_category, brand, k)::INTEGER AS product_id,
       '37' || lpad(((hk % 99999999999) + 1)::VARCHAR, 11, '0') AS ean,
       brand || ' ' || nouns[1 + ((k + floor(r(hk, 'nn') * 10)::INT) % len(nouns))]
         || CASE WHEN k >= len(nouns) THEN ' ' || ['Édition Limitée', 'Nouvelle Formule', 'Format Voyage', 'Maxi Format'][1 + k % 4] ELSE '' END
         AS product_name,
       brand, universe AS universe_code, sub_category,
       round(base_price * pf * (0.75 + r(hk, 'px') * 0.6), 1)::DECIMAL(8, 2) AS unit_price,
       own AS is_own_brand,
       replenish AS is_replenishable,
       CASE WHEN r(hk, 'new') < 0.12 THEN DATE '2026-09-30' - floor(r(hk, 'nd') * 300)::INT
            ELSE DATE '2014-01-01' + floor(r(hk, 'nd') * 3300)::INT END AS launched_on
FROM p;

-- ---------------------------------------------------------------------------------------------------------------
-- Contacts: every person known to the CRM (card holders, web accounts, app users, event sign-ups).
-- acquisition_source: MAGASIN store, SITE web shop, APPLI app, EVENEMENT beauty event.
CREATE TABLE crm.contact AS
WITH c AS (
  SELECT i, 100000 + i AS contact_id, r(i, 'ctry') AS rc, r(i, 'g') AS rg,
         DATE '2026-09-30' - floor(pow(r(i, 'created'), 1.35) * 3200)::INT AS created_on
  FROM range(1, 10001) t(i)),
c2 AS (
  SELECT c.*, CASE WHEN rc < 0.70 THEN 'FR' WHEN rc < 0.88 THEN 'BE' ELSE 'CA' END AS country_code,
         CASE WHEN rg < 0.83 THEN 'F' WHEN rg < 0.975 THEN 'M' WHEN rg < 0.985 THEN 'X' ELSE NULL END AS gender_code
  FROM c),
sn AS (SELECT store_id, country_code, row_number() OVER (PARTITION BY country_code ORDER BY store_id) - 1 AS n,
              count(*) OVER (PARTITION BY country_code) AS cnt, city, postal_code FROM pos.store),
c3 AS (
  SELECT c2.*, sn.store_id AS home_store_id, sn.city AS store_city, sn.postal_code AS store_postal
  FROM c2 JOIN sn ON sn.country_code = c2.country_code
   AND sn.n = floor(pow(r(c2.i, 'hs'), CASE WHEN c2.country_code = 'FR' THEN 1.5 ELSE 1.2 END) * sn.cnt))
SELECT contact_id::BIGINT AS contact_id,
       lower(fn) || '.' || lower(replace(ln, ' ', '')) || (i % 97)::VARCHAR || '@'
         || ['gmail.com', 'hotmail.fr', 'orange.fr', 'yahoo.fr', 'outlook.com', 'skynet.be', 'videotron.ca', 'free.fr'][1 + floor(r(i, 'dom') * 8)::INT] AS email,
       CASE WHEN r(i, 'ph') < 0.18 THEN NULL
            WHEN country_code = 'FR' THEN '+33 6 ' || lpad((hash(i, 'p') % 100000000)::VARCHAR, 8, '0')
            WHEN country_code = 'BE' THEN '+32 4' || lpad((hash(i, 'p') % 100000000)::VARCHAR, 8, '0')
            ELSE '+1 ' || ['514', '438', '418', '819', '450'][1 + floor(r(i, 'ac') * 5)::INT] || ' ' || lpad((hash(i, 'p') % 10000000)::VARCHAR, 7, '0') END AS mobile_phone,
       fn AS first_name, ln AS last_name,
       CASE WHEN r(i, 'bd') < 0.09 THEN NULL
            ELSE DATE '2026-09-30' - floor((16 + pow(r(i, 'age'), 1.25) * 62) * 365.25)::INT - floor(r(i, 'bdd') * 365)::INT END AS birth_date,
       gender_code,
       (1 + floor(r(i, 'no') * 180)::INT)::VARCHAR || ' ' || ['rue', 'avenue', 'boulevard', 'place', 'chemin'][1 + floor(r(i, 'st') * 5)::INT]
         || ' ' || ['Victor Hugo', 'de la République', 'Jean Jaurès', 'des Lilas', 'du Moulin', 'Pasteur', 'de la Gare', 'Saint-Michel'][1 + floor(r(i, 'sn') * 8)::INT] AS address_line,
       CASE WHEN r(i, 'cy') < 0.72 THEN store_postal
            WHEN country_code = 'FR' THEN lpad((1000 + floor(r(i, 'pc') * 94000)::INT)::VARCHAR, 5, '0')
            WHEN country_code = 'BE' THEN (1000 + floor(r(i, 'pc') * 8900)::INT)::VARCHAR
            ELSE ['H', 'G', 'J'][1 + floor(r(i, 'pc') * 3)::INT] || '1A 0B1' END AS postal_code,
       CASE WHEN r(i, 'cy') < 0.72 THEN store_city
            WHEN country_code = 'FR' THEN ['Saint-Denis', 'Argenteuil', 'Villeurbanne', 'Mérignac', 'Cergy', 'Vannes', 'Pau', 'Annecy',
                                           'Perpignan', 'Avignon', 'Limoges', 'Brest'][1 + floor(r(i, 'oc') * 12)::INT]
            WHEN country_code = 'BE' THEN ['Wavre', 'Waterloo', 'Tournai', 'Mechelen', 'Leuven', 'Ixelles'][1 + floor(r(i, 'oc') * 6)::INT]
            ELSE ['Longueuil', 'Lévis', 'Trois-Rivières', 'Terrebonne', 'Saguenay'][1 + floor(r(i, 'oc') * 5)::INT] END AS city,
       country_code,
       CASE country_code WHEN 'FR' THEN 'fr'
            WHEN 'BE' THEN CASE WHEN home_store_id IN (47, 48) OR r(i, 'lg') < 0.12 THEN 'nl' ELSE 'fr' END
            ELSE CASE WHEN r(i, 'lg') < 0.22 THEN 'en' ELSE 'fr' END END AS language_code,
       created_on,
       CASE WHEN r(i, 'acq') < 0.56 THEN 'MAGASIN' WHEN r(i, 'acq') < 0.80 THEN 'SITE'
            WHEN r(i, 'acq') < 0.94 THEN CASE WHEN created_on >= DATE '2019-06-01' THEN 'APPLI' ELSE 'SITE' END
            ELSE 'EVENEMENT' END AS acquisition_source,
       home_store_id::INTEGER AS home_store_id
FROM (SELECT c3.*,
             CASE WHEN gender_code = 'M'
                  THEN ['Thomas', 'Nicolas', 'Julien', 'Maxime', 'Lucas', 'Antoine', 'Hugo', 'Olivier', 'Mathieu', 'Gabriel', 'William', 'Louis'][1 + floor(r(i, 'fn') * 12)::INT]
                  ELSE ['Camille', 'Léa', 'Manon', 'Chloé', 'Sarah', 'Julie', 'Emma', 'Inès', 'Laura', 'Pauline', 'Marie', 'Sophie',
                        'Nathalie', 'Isabelle', 'Élodie', 'Charlotte', 'Océane', 'Anaïs', 'Fatima', 'Justine', 'Noémie', 'Audrey'][1 + floor(r(i, 'fn') * 22)::INT] END AS fn,
             CASE country_code
               WHEN 'FR' THEN ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
                               'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'Benali', 'Nguyen', 'Da Silva'][1 + floor(r(i, 'ln') * 18)::INT]
               WHEN 'BE' THEN ['Peeters', 'Janssens', 'Maes', 'Dubois', 'Lambert', 'Dupont', 'Claes', 'Goossens', 'Renard', 'Lejeune'][1 + floor(r(i, 'ln') * 10)::INT]
               ELSE ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Pelletier'][1 + floor(r(i, 'ln') * 10)::INT] END AS ln
      FROM c3)
ORDER BY contact_id;

-- Behaviour profile of each contact (dropped at the end): value, channel preference, active span, favourite
-- universe, baby in the household, app user, services fan.
CREATE TEMP TABLE prof AS
SELECT contact_id, country_code, home_store_id, created_on, birth_date, gender_code, acquisition_source,
       r(contact_id, 'v') AS v,
       CASE WHEN r(contact_id, 'pref') < 0.42 THEN 'STORE' WHEN r(contact_id, 'pref') < 0.62 THEN 'WEB' ELSE 'OMNI' END AS pref,
       greatest(created_on, DATE '2023-10-01') AS start_d,
       DATE '2026-09-30' - floor(pow(r(contact_id, 'quiet'), 2.4) * 1100)::INT AS end_d,
       r(contact_id, 'never') < 0.07 AS never_buys,
       CASE WHEN gender_code = 'M' THEN ['PARF', 'PARF', 'SOIN', 'CAP', 'DERMO', 'SOL'][1 + floor(r(contact_id, 'fav') * 6)::INT]
            ELSE ['SOIN', 'SOIN', 'SOIN', 'MAQ', 'MAQ', 'PARF', 'DERMO', 'DERMO', 'CAP', 'SOL', 'BEBE'][1 + floor(r(contact_id, 'fav') * 11)::INT] END AS fav,
       r(contact_id, 'baby') < 0.14 AND (birth_date IS NULL OR birth_date > DATE '1980-01-01') AS has_baby,
       r(contact_id, 'app') < CASE WHEN acquisition_source = 'APPLI' THEN 1.0 WHEN birth_date > DATE '1990-01-01' THEN 0.5 ELSE 0.25 END AS app_user,
       r(contact_id, 'svc') < 0.30 AS services_fan
FROM crm.contact;

-- ---------------------------------------------------------------------------------------------------------------
-- Loyalty cards. Store and event sign-ups get a card on their first day; 38% of web and app sign-ups ask for one
-- later. A card is REMPLACEE (replaced after loss or renewal: a new number), or RESILIEE (the member left the
-- programme). Card numbers are the pre-printed sequence, unrelated to the contact.
CREATE TABLE crm.loyalty_card AS
WITH holders AS (
  SELECT contact_id, created_on,
         CASE WHEN acquisition_source IN ('MAGASIN', 'EVENEMENT') THEN created_on
              ELSE created_on + floor(r(contact_id, 'late') * greatest(1, DATE '2026-09-30' - created_on))::INT END AS first_issue,
         CASE WHEN r(contact_id, 'repl') < 0.03 THEN 3 WHEN r(contact_id, 'repl') < 0.19 THEN 2 ELSE 1 END AS ncards,
         r(contact_id, 'quit') < 0.025 AS quits
  FROM prof
  WHERE acquisition_source IN ('MAGASIN', 'EVENEMENT') OR r(contact_id, 'wcard') < 0.38),
k AS (
  SELECT h.*, n, first_issue + floor((DATE '2026-09-30' - first_issue) * (n / ncards::DOUBLE + (r(contact_id * 10 + n, 'ri') - 0.5) * 0.2 * (n > 0)::INT))::INT AS issued_on
  FROM holders h, range(0, 3) u(n) WHERE n < ncards),
k2 AS (
  SELECT k.*, lead(issued_on) OVER (PARTITION BY contact_id ORDER BY n) AS next_issue FROM k)
SELECT '2950' || lpad((100000 + row_number() OVER (ORDER BY hash(contact_id, n, 'cardseq')) * 37)::VARCHAR, 9, '0') AS card_number,
       contact_id::BIGINT AS contact_id, issued_on,
       CASE WHEN next_issue IS NOT NULL THEN 'REMPLACEE'
            WHEN quits THEN 'RESILIEE' ELSE 'ACTIVE' END AS card_status,
       CASE WHEN next_issue IS NOT NULL THEN next_issue
            WHEN quits THEN issued_on + floor(r(contact_id, 'qd') * (DATE '2026-09-30' - issued_on))::INT END AS closed_on
FROM k2
ORDER BY issued_on, card_number;

-- ---------------------------------------------------------------------------------------------------------------
-- Store tickets of known contacts (the card scanned), of contacts who did not scan it (or had none yet: anonymous
-- tickets), and walk-in tickets of nobody known.
CREATE TEMP TABLE tk AS
WITH n AS (
  SELECT p.*, floor(pow(v, 1.5) * 40 * CASE pref WHEN 'STORE' THEN 1.0 WHEN 'OMNI' THEN 0.6 ELSE 0.04 END
                    * greatest(0, end_d - start_d) / 1096.0 + r(contact_id, 'tk0') * 1.5)::INT AS nt
  FROM prof p WHERE NOT never_buys AND end_d > start_d),
t AS (
  SELECT contact_id, country_code, home_store_id, fav, has_baby, birth_date, contact_id * 1000 + k AS tkey,
         season_day(contact_id * 1000 + k, start_d, end_d, country_code) AS d
  FROM n, range(0, 200) u(k) WHERE k < nt),
anon AS (
  SELECT NULL::BIGINT AS contact_id, s.country_code, s.store_id AS home_store_id,
         ['SOIN', 'MAQ', 'PARF', 'DERMO', 'CAP', 'SOL', 'BEBE'][1 + floor(r(a, 'af') * 7)::INT] AS fav,
         r(a, 'ab') < 0.1 AS has_baby, NULL::DATE AS birth_date, 900000000 + a AS tkey,
         season_day(900000000 + a, DATE '2023-10-01', DATE '2026-09-30', s.country_code) AS d
  FROM range(0, 20000) u(a) JOIN pos.store s ON s.store_id = 1 + floor(pow(r(a, 'as'), 1.1) * 55)::INT)
SELECT x.*,
       CASE WHEN r(tkey, 'away') < 0.05 THEN 1 + floor(r(tkey, 'aws') * 55)::INT
            WHEN r(tkey, 'other') < 0.18 THEN country_store(x.country_code, r(tkey, 'os'))
            ELSE home_store_id END AS store_id
FROM (SELECT * FROM t UNION ALL SELECT * FROM anon) x;

CREATE TABLE pos.ticket AS
WITH t AS (
  SELECT tk.*, s.opened_on, s.country_code AS store_country, c.card_number AS card
  FROM tk JOIN pos.store s ON s.store_id = tk.store_id
  LEFT JOIN crm.loyalty_card c ON c.contact_id = tk.contact_id AND c.issued_on <= tk.d AND (c.closed_on IS NULL OR c.closed_on > tk.d))
SELECT row_number() OVER (ORDER BY ts, tkey)::BIGINT AS ticket_id,
       store_id::INTEGER AS store_id, (1 + floor(r(tkey, 'reg') * 4))::SMALLINT AS register_no, ts AS ticket_ts,
       CASE WHEN r(tkey, 'scan') < 0.88 THEN card END AS card_number,
       CASE WHEN store_country = 'CA' AND r(tkey, 'pay') < 0.35 THEN 'INTERAC'
            WHEN r(tkey, 'pay') < 0.70 THEN 'CB' WHEN r(tkey, 'pay') < 0.81 THEN 'MOBILE' WHEN r(tkey, 'pay') < 0.92 THEN 'ESPECES'
            WHEN r(tkey, 'pay') < 0.985 THEN 'CARTE_CADEAU' ELSE 'CHEQUE' END AS payment_type,
       tkey
FROM (SELECT t.*, d + make_time(9 + floor(pow(r(tkey, 'h'), 0.9) * 11)::BIGINT, floor(r(tkey, 'mi') * 60)::BIGINT,
                                floor(r(tkey, 'se') * 60)::DOUBLE) AS ts
      FROM t WHERE d >= opened_on) z
ORDER BY ticket_ts;

-- Lines: 1 to 6 per ticket; half of a known contact's lines are in their favourite universe; sun care is bought
-- from April to August; promo codes follow the calendar (BLACKFRIDAY, NOEL20, FETEDESMERES, SOLAIRE15) or the
-- card (CLUB10). Amounts VAT included, in the store's currency (net_amount) and in EUR (net_amount_eur).
CREATE TEMP TABLE prod_pick AS
SELECT product_id, universe_code, sub_category, unit_price,
       row_number() OVER (PARTITION BY universe_code ORDER BY product_id) - 1 AS n,
       count(*) OVER (PARTITION BY universe_code) AS cnt
FROM pim.product;

CREATE MACRO universe_drawn(k, fav, has_baby) AS CASE WHEN r(k, 'uf') < 0.5 THEN fav
    WHEN has_baby AND r(k, 'uf') < 0.62 THEN 'BEBE'
    ELSE ['SOIN', 'SOIN', 'SOIN', 'MAQ', 'MAQ', 'MAQ', 'PARF', 'PARF', 'DERMO', 'DERMO', 'DERMO', 'CAP', 'CAP', 'SOL'][1 + floor(r(k, 'ug') * 14)::INT] END;
CREATE MACRO universe_of(k, u0, has_baby, d) AS CASE
    WHEN u0 = 'SOL' AND month(d) NOT BETWEEN 4 AND 8 AND r(k, 'solx') < 0.85 THEN 'SOIN'
    WHEN u0 = 'PARF' AND NOT (month(d) = 12 OR r(k, 'pfx') < 0.6) THEN 'MAQ'
    WHEN u0 = 'BEBE' AND NOT has_baby AND r(k, 'bbx') < 0.8 THEN 'DERMO'
    ELSE u0 END;
CREATE MACRO pick_universe(k, fav, has_baby, d) AS universe_of(k, universe_drawn(k, fav, has_baby), has_baby, d);

CREATE MACRO promo(k, d, ctry, universe, carded) AS CASE
  WHEN d BETWEEN black_friday(year(d)) - 1 AND black_friday(year(d)) + 3 AND r(k, 'pr') < 0.65 THEN 'BLACKFRIDAY'
  WHEN month(d) = 12 AND day(d) <= 24 AND r(k, 'pr') < 0.30 THEN 'NOEL20'
  WHEN d BETWEEN mothers_day(year(d), ctry) - 10 AND mothers_day(year(d), ctry) - 1 AND r(k, 'pr') < 0.35 THEN 'FETEDESMERES'
  WHEN universe = 'SOL' AND month(d) IN (6, 7) AND r(k, 'pr') < 0.35 THEN 'SOLAIRE15'
  WHEN carded AND r(k, 'pr') < 0.08 THEN 'CLUB10'
  ELSE NULL END;

CREATE MACRO promo_rate(code) AS CASE code WHEN 'BLACKFRIDAY' THEN 0.30 WHEN 'NOEL20' THEN 0.20 WHEN 'FETEDESMERES' THEN 0.15
  WHEN 'SOLAIRE15' THEN 0.15 WHEN 'CLUB10' THEN 0.10 WHEN 'BIENVENUE10' THEN 0.10 WHEN 'APPLI5' THEN 0.05 ELSE 0 END;

CREATE TABLE pos.ticket_line AS
WITH l AS (
  SELECT t.ticket_id, t.ticket_ts, t.card_number, t.store_id, tk.fav, tk.has_baby, s.country_code, s.currency_code, n AS line_no0,
         t.tkey * 10 + n AS lk
  FROM pos.ticket t JOIN tk ON tk.tkey = t.tkey JOIN pos.store s ON s.store_id = t.store_id,
       range(0, 6) u(n)
  WHERE n < 1 + floor(pow(r(t.tkey, 'nl'), 2.0) * 6)),
l2 AS (SELECT l.*, pick_universe(lk, fav, has_baby, ticket_ts::DATE) AS universe FROM l),
l3 AS (
  SELECT l2.*, pp.product_id, pp.unit_price, pp.sub_category,
         promo(lk, ticket_ts::DATE, country_code, universe, card_number IS NOT NULL) AS promo_code
  FROM l2 JOIN prod_pick pp ON pp.universe_code = l2.universe AND pp.n = floor(r(l2.lk, 'pp') * pp.cnt)::INT),
l4 AS (
  SELECT l3.*,
         CASE WHEN sub_category = 'Change' THEN 1 + floor(r(lk, 'q') * 4)::INT
              WHEN r(lk, 'q') < 0.86 THEN 1 WHEN r(lk, 'q') < 0.97 THEN 2 ELSE 3 END AS qty,
         CASE WHEN currency_code = 'CAD' THEN 1.45 ELSE 1.0 END AS fx
  FROM l3)
SELECT ticket_id, (row_number() OVER (PARTITION BY ticket_id ORDER BY line_no0))::SMALLINT AS line_no,
       product_id, qty::SMALLINT AS quantity,
       round(qty * unit_price * fx, 2)::DECIMAL(10, 2) AS gross_amount,
       round(qty * unit_price * fx * promo_rate(promo_code), 2)::DECIMAL(10, 2) AS discount_amount,
       round(qty * unit_price * fx * (1 - promo_rate(promo_code)), 2)::DECIMAL(10, 2) AS net_amount,
       round(qty * unit_price * (1 - promo_rate(promo_code)), 2)::DECIMAL(10, 2) AS net_amount_eur,
       promo_code
FROM l4
ORDER BY ticket_id, line_no;
ALTER TABLE pos.ticket DROP COLUMN tkey;

-- ---------------------------------------------------------------------------------------------------------------
-- Web-shop and app orders (the account's contact is on the header). channel_code: WEB site, APP mobile app.
-- fulfilment_mode: DOMICILE home delivery, RETRAIT_MAGASIN pick-up in store (click & collect), CONSIGNE parcel
-- locker. order_status: LIVREE delivered, EXPEDIEE shipped, EN_PREPARATION being prepared, ANNULEE cancelled,
-- RETOURNEE returned.
CREATE TEMP TABLE wo AS
WITH n AS (
  SELECT p.*, floor(pow(v, 1.6) * 20 * CASE pref WHEN 'WEB' THEN 1.0 WHEN 'OMNI' THEN 0.55 ELSE 0.03 END
                    * greatest(0, end_d - start_d) / 1096.0 + r(contact_id, 'wo0') * 1.3)::INT AS nw
  FROM prof p WHERE NOT never_buys AND end_d > start_d)
SELECT contact_id, country_code, home_store_id, fav, has_baby, app_user, contact_id * 1000 + 500 + k AS okey,
       season_day(contact_id * 1000 + 500 + k, start_d, end_d, country_code) AS d
FROM n, range(0, 150) u(k) WHERE k < nw;

CREATE TABLE web.order_header AS
WITH o AS (
  SELECT wo.*, d + make_time(floor(pow(r(okey, 'h'), 0.8) * 24)::BIGINT % 24, floor(r(okey, 'mi') * 60)::BIGINT,
                             floor(r(okey, 'se') * 60)::DOUBLE) AS ts,
         CASE WHEN app_user AND d >= DATE '2024-03-01' AND r(okey, 'dev') < 0.6 THEN 'APP' ELSE 'WEB' END AS channel_code,
         CASE WHEN r(okey, 'ff') < 0.58 THEN 'DOMICILE' WHEN r(okey, 'ff') < 0.86 OR country_code = 'CA' THEN 'RETRAIT_MAGASIN'
              ELSE 'CONSIGNE' END AS fulfilment_mode
  FROM wo)
SELECT row_number() OVER (ORDER BY ts, okey)::BIGINT AS order_id,
       'W' || upper(substr(md5(okey::VARCHAR), 1, 9)) AS order_number,
       contact_id::BIGINT AS contact_id, ts AS order_ts, channel_code, country_code AS site_code,
       fulfilment_mode,
       CASE WHEN fulfilment_mode = 'RETRAIT_MAGASIN' THEN
              CASE WHEN r(okey, 'ps') < 0.8 THEN home_store_id ELSE country_store(country_code, r(okey, 'ps2')) END
       END::INTEGER AS pickup_store_id,
       CASE WHEN d > DATE '2026-09-28' THEN 'EN_PREPARATION'
            WHEN d > DATE '2026-09-24' AND r(okey, 'st') < 0.93 THEN 'EXPEDIEE'
            WHEN r(okey, 'st') < 0.05 THEN 'ANNULEE' WHEN r(okey, 'st') < 0.085 THEN 'RETOURNEE' ELSE 'LIVREE' END AS order_status,
       CASE WHEN country_code = 'CA' THEN 'CAD' ELSE 'EUR' END AS currency_code,
       (CASE WHEN fulfilment_mode = 'RETRAIT_MAGASIN' THEN 0 WHEN fulfilment_mode = 'CONSIGNE' THEN 2.9 ELSE 4.9 END
         * CASE WHEN country_code = 'CA' THEN 1.45 ELSE 1 END)::DECIMAL(8, 2) AS shipping_fee,
       okey
FROM o
ORDER BY order_ts;

CREATE TABLE web.order_line AS
WITH l AS (
  SELECT h.order_id, h.order_ts, h.channel_code, h.currency_code, h.site_code, wo.fav, wo.has_baby, n AS line_no0, h.okey * 10 + n AS lk,
         fo.first_order
  FROM web.order_header h JOIN wo ON wo.okey = h.okey
  -- the contact's first web order: the welcome code
  JOIN (SELECT order_id, row_number() OVER (PARTITION BY contact_id ORDER BY order_ts) = 1 AS first_order FROM web.order_header) fo
    ON fo.order_id = h.order_id,
  range(0, 7) u(n)
  WHERE n < 1 + floor(pow(r(h.okey, 'nl'), 1.7) * 7)),
l2 AS (SELECT l.*, pick_universe(lk, fav, has_baby, order_ts::DATE) AS universe FROM l),
l3 AS (
  SELECT l2.*, pp.product_id, pp.unit_price, pp.sub_category,
         coalesce(CASE WHEN first_order AND r(order_id, 'wel') < 0.6 THEN 'BIENVENUE10' END,
                  promo(lk, order_ts::DATE, site_code, universe, false),
                  CASE WHEN channel_code = 'APP' AND r(lk, 'app5') < 0.15 THEN 'APPLI5' END) AS promo_code
  FROM l2 JOIN prod_pick pp ON pp.universe_code = l2.universe AND pp.n = floor(r(l2.lk, 'pp') * pp.cnt)::INT),
l4 AS (
  SELECT l3.*,
         CASE WHEN sub_category = 'Change' THEN 1 + floor(r(lk, 'q') * 4)::INT
              WHEN r(lk, 'q') < 0.80 THEN 1 WHEN r(lk, 'q') < 0.95 THEN 2 ELSE 3 END AS qty,
         CASE WHEN currency_code = 'CAD' THEN 1.45 ELSE 1.0 END AS fx
  FROM l3)
SELECT order_id, (row_number() OVER (PARTITION BY order_id ORDER BY line_no0))::SMALLINT AS line_no,
       product_id, qty::SMALLINT AS quantity,
       round(qty * unit_price * fx, 2)::DECIMAL(10, 2) AS gross_amount,
       round(qty * unit_price * fx * promo_rate(promo_code), 2)::DECIMAL(10, 2) AS discount_amount,
       round(qty * unit_price * fx * (1 - promo_rate(promo_code)), 2)::DECIMAL(10, 2) AS net_amount,
       round(qty * unit_price * (1 - promo_rate(promo_code)), 2)::DECIMAL(10, 2) AS net_amount_eur,
       promo_code
FROM l4
ORDER BY order_id, line_no;
ALTER TABLE web.order_header DROP COLUMN okey;

-- ---------------------------------------------------------------------------------------------------------------
-- Auto-replenishment subscriptions (web shop): one product delivered every 4, 6, 8 or 12 weeks at 10% off.
-- status: ACTIVE (next_shipment_on is after as_of), PAUSED (paused_on; resume_on when the customer set one),
-- CANCELLED (cancelled_on).
CREATE TABLE web.subscription AS
WITH s AS (
  SELECT p.contact_id, p.country_code, p.fav, p.has_baby, p.contact_id * 10 + k AS sk,
         greatest(p.start_d, DATE '2024-02-01') AS lo, least(p.end_d, DATE '2026-09-25') AS hi
  FROM prof p, range(0, 2) u(k)
  WHERE p.pref <> 'STORE' AND r(p.contact_id, 'sub') < CASE WHEN p.has_baby THEN 0.30 ELSE 0.11 END
    AND (k = 0 OR r(p.contact_id, 'sub2') < 0.2)),
s2 AS (
  SELECT s.*, lo + floor(r(sk, 'sd') * greatest(1, hi - lo))::INT AS started_on,
         CASE WHEN has_baby AND r(sk, 'su') < 0.6 THEN 'BEBE' WHEN r(sk, 'su') < 0.7 AND fav IN ('SOIN', 'DERMO', 'CAP') THEN fav
              ELSE ['SOIN', 'DERMO', 'CAP', 'DERMO'][1 + floor(r(sk, 'su2') * 4)::INT] END AS universe
  FROM s WHERE hi > lo),
rp AS (SELECT product_id, universe_code, unit_price, row_number() OVER (PARTITION BY universe_code ORDER BY product_id) - 1 AS n,
              count(*) OVER (PARTITION BY universe_code) AS cnt FROM pim.product WHERE is_replenishable),
s3 AS (
  SELECT s2.*, rp.product_id, rp.unit_price,
         [4, 6, 8, 8, 12][1 + floor(r(sk, 'fq') * 5)::INT] AS frequency_weeks,
         CASE WHEN r(sk, 'ss') < 0.52 THEN 'ACTIVE' WHEN r(sk, 'ss') < 0.68 THEN 'PAUSED' ELSE 'CANCELLED' END AS st
  FROM s2 JOIN rp ON rp.universe_code = s2.universe AND rp.n = floor(r(s2.sk, 'rp') * rp.cnt)::INT)
SELECT row_number() OVER (ORDER BY started_on, sk)::INTEGER AS subscription_id, contact_id::BIGINT AS contact_id, product_id,
       (CASE WHEN universe = 'BEBE' AND r(sk, 'q') < 0.5 THEN 2 ELSE 1 END)::SMALLINT AS quantity,
       frequency_weeks::SMALLINT AS frequency_weeks, started_on,
       st AS status,
       CASE WHEN st = 'PAUSED' THEN started_on + floor(r(sk, 'pd') * (DATE '2026-09-30' - started_on))::INT END AS paused_on,
       CASE WHEN st = 'PAUSED' AND r(sk, 'rs') < 0.45 THEN DATE '2026-09-30' + (7 + floor(r(sk, 'rsd') * 80))::INT END AS resume_on,
       CASE WHEN st = 'CANCELLED' THEN started_on + floor(r(sk, 'cd') * (DATE '2026-09-30' - started_on))::INT END AS cancelled_on,
       CASE WHEN st = 'ACTIVE' THEN started_on + ((floor((DATE '2026-09-30' - started_on) / (7.0 * frequency_weeks)) + 1) * 7 * frequency_weeks)::INT END AS next_shipment_on,
       round(unit_price * 0.9 * CASE WHEN country_code = 'CA' THEN 1.45 ELSE 1 END, 2)::DECIMAL(8, 2) AS price_per_shipment,
       CASE WHEN country_code = 'CA' THEN 'CAD' ELSE 'EUR' END AS currency_code
FROM s3
ORDER BY started_on;

-- ---------------------------------------------------------------------------------------------------------------
-- Free samples requested on the web shop or the app. status: ENVOYE shipped, EN_ATTENTE pending, RUPTURE out of
-- stock (not shipped).
CREATE TABLE web.sample_request AS
WITH s AS (
  SELECT p.contact_id, p.fav, p.app_user, p.contact_id * 10 + k AS sk,
         greatest(p.created_on, DATE '2023-10-01') AS lo, least(p.end_d + 60, DATE '2026-09-30') AS hi
  FROM prof p, range(0, 5) u(k)
  WHERE r(p.contact_id, 'smp') < 0.22 AND k < 1 + floor(pow(r(p.contact_id, 'smpn'), 2) * 5)),
s2 AS (
  SELECT s.*, lo + floor(r(sk, 'd') * greatest(1, hi - lo + 1))::INT AS d,
         CASE WHEN r(sk, 'u') < 0.5 AND fav IN ('SOIN', 'PARF', 'DERMO', 'MAQ') THEN fav
              ELSE ['SOIN', 'PARF', 'PARF', 'DERMO', 'MAQ'][1 + floor(r(sk, 'u2') * 5)::INT] END AS universe
  FROM s WHERE hi >= lo)
SELECT row_number() OVER (ORDER BY d, sk)::INTEGER AS sample_request_id, contact_id::BIGINT AS contact_id, pp.product_id,
       d + make_time(floor(r(sk, 'h') * 24)::BIGINT, floor(r(sk, 'mi') * 60)::BIGINT, 0) AS requested_at,
       CASE WHEN app_user AND r(sk, 'ch') < 0.55 THEN 'APP' ELSE 'WEB' END AS channel_code,
       CASE WHEN d > DATE '2026-09-26' THEN 'EN_ATTENTE' WHEN r(sk, 'st') < 0.07 THEN 'RUPTURE' ELSE 'ENVOYE' END AS status
FROM s2 JOIN prod_pick pp ON pp.universe_code = s2.universe AND pp.n = floor(r(s2.sk, 'pp') * pp.cnt)::INT
ORDER BY requested_at;

-- ---------------------------------------------------------------------------------------------------------------
-- Product reviews (rating 1 to 5) written on the web shop or the app, mostly by buyers (verified_purchase) a few
-- days to weeks after the purchase.
CREATE TABLE web.review AS
WITH bought AS (
  SELECT c.contact_id, l.product_id, min(t.ticket_ts)::DATE AS d
  FROM pos.ticket t JOIN pos.ticket_line l USING (ticket_id) JOIN crm.loyalty_card c ON c.card_number = t.card_number
  GROUP BY ALL
  UNION ALL
  SELECT h.contact_id, l.product_id, min(h.order_ts)::DATE
  FROM web.order_header h JOIN web.order_line l USING (order_id) WHERE h.order_status IN ('LIVREE', 'RETOURNEE')
  GROUP BY ALL),
rv AS (
  SELECT contact_id, product_id, d + (4 + floor(pow(r(hash(contact_id, product_id), 'rd'), 1.5) * 40))::INT AS rd, true AS verified,
         hash(contact_id, product_id) AS rk
  FROM bought WHERE r(hash(contact_id, product_id), 'rv') < 0.03 * (1 + r(contact_id, 'writer') * 2)
  UNION ALL
  SELECT p.contact_id, pp.product_id, DATE '2023-10-01' + floor(r(p.contact_id, 'urd') * 1096)::INT, false, hash(p.contact_id, 'unv')
  FROM prof p JOIN prod_pick pp ON pp.universe_code = p.fav AND pp.n = floor(r(p.contact_id, 'upp') * pp.cnt)::INT
  WHERE r(p.contact_id, 'unv') < 0.03 AND p.created_on <= DATE '2026-09-01')
SELECT row_number() OVER (ORDER BY rd, rk)::INTEGER AS review_id, contact_id::BIGINT AS contact_id, product_id,
       (CASE WHEN r(rk, 'rt') < 0.07 THEN 1 WHEN r(rk, 'rt') < 0.15 THEN 2 WHEN r(rk, 'rt') < 0.28 THEN 3
             WHEN r(rk, 'rt') < 0.55 THEN 4 ELSE 5 END)::SMALLINT AS rating,
       rd + make_time(floor(r(rk, 'h') * 24)::BIGINT, floor(r(rk, 'mi') * 60)::BIGINT, 0) AS submitted_at,
       verified AS verified_purchase,
       CASE WHEN r(rk, 'src') < 0.3 THEN 'APP' ELSE 'WEB' END AS channel_code
FROM rv WHERE rd <= DATE '2026-09-30' AND rd >= DATE '2023-10-01'
ORDER BY submitted_at;

-- ---------------------------------------------------------------------------------------------------------------
-- Mobile-app sessions: logged-in (contact known) and anonymous ones. platform: IOS, ANDROID.
CREATE TABLE app.session AS
WITH s AS (
  SELECT p.contact_id, p.fav, p.contact_id * 1000 + k AS sk,
         greatest(p.created_on, DATE '2023-10-01', DATE '2019-06-01') AS lo, least(p.end_d + 90, DATE '2026-09-30') AS hi,
         CASE WHEN r(p.contact_id, 'os') < 0.58 THEN 'IOS' ELSE 'ANDROID' END AS platform
  FROM prof p, range(0, 120) u(k)
  WHERE p.app_user AND k < floor(pow(r(p.contact_id, 'sn'), 1.4) * 60)::INT),
a AS (
  SELECT NULL::BIGINT AS contact_id, NULL AS fav, 800000000 + k AS sk, DATE '2023-10-01' AS lo, DATE '2026-09-30' AS hi,
         CASE WHEN r(k, 'aos') < 0.55 THEN 'IOS' ELSE 'ANDROID' END AS platform
  FROM range(0, 12000) u(k)),
x AS (SELECT * FROM s WHERE hi >= lo UNION ALL SELECT * FROM a)
SELECT row_number() OVER (ORDER BY ts, sk)::BIGINT AS session_id, contact_id, ts AS started_at, platform,
       (20 + floor(pow(r(sk, 'dur'), 2) * 1500))::INTEGER AS duration_sec,
       (1 + floor(pow(r(sk, 'scr'), 1.8) * 30))::SMALLINT AS screens_viewed,
       (r(sk, 'vto') < CASE WHEN fav = 'MAQ' THEN 0.25 ELSE 0.06 END AND ts >= TIMESTAMP '2024-05-15') AS used_virtual_tryon,
       (r(sk, 'scan') < 0.08) AS used_product_scan
FROM (SELECT x.*, lo + floor(r(sk, 'd') * (hi - lo + 1))::INT
             + make_time(floor(r(sk, 'h') * 24)::BIGINT, floor(r(sk, 'mi') * 60)::BIGINT, floor(r(sk, 'se') * 60)::DOUBLE) AS ts
      FROM x) y
ORDER BY started_at;

-- ---------------------------------------------------------------------------------------------------------------
-- Beauty-consultation appointments in the stores with a beauty space (from January 2024). appointment_type:
-- DIAG_PEAU skin diagnosis (free), COURS_MAQUILLAGE make-up lesson, BROW_BAR eyebrow shaping. status: BOOKED (still
-- to come), ATTENDED, NO_SHOW, CANCELLED. Booked up to 60 days ahead, so scheduled_at runs to the end of November
-- 2026; the "Semaine de la peau" (12-18 October 2026) was booked in September. diagnosed_skin_type: the skin type
-- the consultant recorded at an attended skin diagnosis (SECHE dry, GRASSE oily, MIXTE combination, NORMALE normal,
-- SENSIBLE sensitive).
CREATE TABLE services.appointment AS
WITH bs AS (SELECT store_id, country_code, row_number() OVER (PARTITION BY country_code ORDER BY store_id) - 1 AS n,
                   count(*) OVER (PARTITION BY country_code) AS cnt, has_beauty_space
            FROM pos.store WHERE has_beauty_space),
a AS (
  SELECT p.contact_id, p.country_code, p.home_store_id, p.fav, p.contact_id * 100 + k AS ak,
         greatest(p.created_on, DATE '2024-01-08') AS lo, least(p.end_d + 30, DATE '2026-09-30') AS hi, false AS event_week
  FROM prof p, range(0, 8) u(k)
  WHERE p.services_fan AND k < 1 + floor(pow(r(p.contact_id, 'an'), 1.8) * 7)
  UNION ALL
  SELECT p.contact_id, p.country_code, p.home_store_id, p.fav, p.contact_id * 100 + 99, DATE '2026-09-01', DATE '2026-09-30', true
  FROM prof p WHERE r(p.contact_id, 'sdp') < 0.05 AND p.country_code IN ('FR', 'BE') AND p.end_d > DATE '2026-03-01'),
a2 AS (
  SELECT a.*, lo + floor(r(ak, 'bd') * (hi - lo + 1))::INT AS booked_d,
         CASE WHEN event_week THEN 'DIAG_PEAU'
              WHEN r(ak, 'ty') < 0.44 THEN 'DIAG_PEAU' WHEN r(ak, 'ty') < 0.72 THEN 'COURS_MAQUILLAGE' ELSE 'BROW_BAR' END AS appointment_type
  FROM a WHERE hi >= lo),
a3 AS (
  SELECT a2.*,
         CASE WHEN event_week THEN DATE '2026-10-12' + floor(r(ak, 'ew') * 7)::INT
              ELSE booked_d + floor(pow(r(ak, 'lead'), 1.6) * 60)::INT END AS sched_d,
         coalesce(hs.store_id, bs.store_id) AS store_id
  FROM a2 LEFT JOIN pos.store hs ON hs.store_id = a2.home_store_id AND hs.has_beauty_space
  JOIN bs ON bs.country_code = a2.country_code AND bs.n = floor(r(a2.ak, 'bs') * bs.cnt)::INT),
a4 AS (
  SELECT a3.*, sched_d + make_time(10 + floor(r(ak, 'sh') * 8)::BIGINT, [0, 30][1 + floor(r(ak, 'sm') * 2)::INT]::BIGINT, 0) AS scheduled_at,
         booked_d + make_time(8 + floor(r(ak, 'bh') * 14)::BIGINT, floor(r(ak, 'bm') * 60)::BIGINT, 0) AS booked_at,
         CASE WHEN sched_d > DATE '2026-09-30' THEN CASE WHEN r(ak, 'st') < 0.10 THEN 'CANCELLED' ELSE 'BOOKED' END
              WHEN r(ak, 'st') < 0.74 THEN 'ATTENDED' WHEN r(ak, 'st') < 0.85 THEN 'NO_SHOW' ELSE 'CANCELLED' END AS status
  FROM a3)
SELECT row_number() OVER (ORDER BY booked_at, ak)::INTEGER AS appointment_id, contact_id::BIGINT AS contact_id, store_id::INTEGER AS store_id,
       appointment_type, booked_at, scheduled_at, status,
       CASE WHEN r(ak, 'bc') < 0.45 THEN 'SITE' WHEN r(ak, 'bc') < 0.65 THEN 'APPLI' WHEN r(ak, 'bc') < 0.92 THEN 'MAGASIN' ELSE 'TELEPHONE' END AS booking_channel,
       CASE WHEN status = 'CANCELLED' THEN least(TIMESTAMP '2026-09-30 20:00:00',
                 booked_at + (scheduled_at - booked_at) * r(ak, 'cx')) END AS cancelled_at,
       (CASE appointment_type WHEN 'DIAG_PEAU' THEN 0 WHEN 'COURS_MAQUILLAGE' THEN 35 ELSE 22 END
         * CASE WHEN country_code = 'CA' THEN 1.45 ELSE 1 END)::DECIMAL(8, 2) AS fee,
       CASE WHEN status = 'ATTENDED' AND appointment_type = 'DIAG_PEAU'
            THEN ['SECHE', 'GRASSE', 'MIXTE', 'MIXTE', 'NORMALE', 'SENSIBLE', 'SENSIBLE'][1 + floor(r(contact_id, 'skin') * 7)::INT] END AS diagnosed_skin_type
FROM a4
ORDER BY booked_at;

-- ---------------------------------------------------------------------------------------------------------------
-- Campaigns (two years): channel_code EMAIL, SMS, PUSH (app notifications). objective_code: NEWSLETTER, PROMO
-- offer, LANCEMENT product launch, EVENEMENT in-store event, RELANCE win-back, ANNIVERSAIRE birthday, PANIER
-- abandoned-basket reminder. universe_code: the universe a campaign features (null for general ones).
CREATE TABLE mkt.campaign AS
SELECT k::INTEGER AS campaign_id,
       CASE obj WHEN 'NEWSLETTER' THEN 'La Lettre Éclat' WHEN 'PROMO' THEN 'Offre ' || coalesce(uni, 'Club')
                WHEN 'LANCEMENT' THEN 'Nouveauté ' || coalesce(uni, 'Éclat') WHEN 'EVENEMENT' THEN 'Événement magasin'
                WHEN 'RELANCE' THEN 'Vous nous manquez' WHEN 'ANNIVERSAIRE' THEN 'Joyeux anniversaire' ELSE 'Votre panier vous attend' END
         || ' ' || strftime(launch, '%d/%m/%Y') AS campaign_name,
       ch AS channel_code, obj AS objective_code, uni AS universe_code, launch AS launched_at
FROM (
  SELECT k, TIMESTAMP '2024-10-01 09:00:00' + INTERVAL 1 DAY * floor(k * 3.5)::INT + INTERVAL 1 HOUR * floor(r(k, 'lh') * 9)::INT AS launch,
         CASE WHEN r(k, 'ch') < 0.58 THEN 'EMAIL' WHEN r(k, 'ch') < 0.78 THEN 'SMS' ELSE 'PUSH' END AS ch,
         ['NEWSLETTER', 'NEWSLETTER', 'PROMO', 'PROMO', 'PROMO', 'LANCEMENT', 'EVENEMENT', 'RELANCE', 'ANNIVERSAIRE', 'PANIER'][1 + floor(r(k, 'obj') * 10)::INT] AS obj,
         CASE WHEN r(k, 'un') < 0.55 THEN ['SOIN', 'MAQ', 'PARF', 'CAP', 'DERMO', 'BEBE', 'SOL'][1 + floor(r(k, 'uu') * 7)::INT] END AS uni0
  FROM range(1, 209) t(k)) c0, LATERAL (SELECT CASE WHEN c0.obj IN ('PROMO', 'LANCEMENT') THEN c0.uni0 END AS uni) u
ORDER BY launched_at;

CREATE TABLE mkt.consent AS
SELECT p.contact_id::BIGINT AS contact_id, ch.channel_code,
       (r(p.contact_id, 'c' || ch.channel_code) < ch.p) AS opt_in,
       p.created_on + floor(r(p.contact_id, 'cd' || ch.channel_code) * (DATE '2026-09-30' - p.created_on + 1))::INT AS consent_date,
       CASE WHEN r(p.contact_id, 'cs' || ch.channel_code) < 0.5 THEN 'MAGASIN' WHEN r(p.contact_id, 'cs' || ch.channel_code) < 0.85 THEN 'SITE' ELSE 'APPLI' END AS collected_via
FROM prof p CROSS JOIN (VALUES ('EMAIL', 0.74), ('SMS', 0.41), ('PUSH', 0.62)) ch(channel_code, p)
WHERE r(p.contact_id, 'cx' || ch.channel_code) < 0.92 AND (ch.channel_code <> 'PUSH' OR p.app_user)
ORDER BY contact_id, channel_code;

-- The do-not-contact list: reason_code RGPD objection under GDPR, PLAINTE complaint, DECES deceased, FRAUDE fraud.
CREATE TABLE mkt.do_not_contact AS
SELECT contact_id::BIGINT AS contact_id,
       ['RGPD', 'RGPD', 'RGPD', 'PLAINTE', 'DECES', 'FRAUDE'][1 + floor(r(contact_id, 'dr') * 6)::INT] AS reason_code,
       DATE '2026-09-30' - floor(r(contact_id, 'dd') * 900)::INT AS added_on
FROM prof WHERE r(contact_id, 'dnc') < 0.025
ORDER BY contact_id;

-- Sends: to contacts created before the launch, not yet on the do-not-contact list, and consenting on that channel (or who opted out later); SMS
-- needs a phone, PUSH the app. opened_at: e-mail and push only (SMS opens are not tracked); clicked_at: any channel.
CREATE TABLE mkt.campaign_send AS
WITH el AS (
  SELECT c.campaign_id, c.channel_code, c.objective_code, c.launched_at, k.contact_id, k.consent_date,
         r(k.contact_id, 'eng') AS eng, r(k.contact_id, 'reach') AS reach
  FROM mkt.campaign c JOIN mkt.consent k ON k.channel_code = c.channel_code
  JOIN crm.contact ct ON ct.contact_id = k.contact_id
  LEFT JOIN mkt.do_not_contact d ON d.contact_id = k.contact_id
  WHERE ct.created_on <= c.launched_at::DATE AND (d.added_on IS NULL OR d.added_on > c.launched_at::DATE)
    AND (k.opt_in OR k.consent_date > c.launched_at::DATE)
    AND (c.channel_code <> 'SMS' OR ct.mobile_phone IS NOT NULL)),
s AS (
  SELECT el.*, campaign_id * 1000000 + contact_id AS skey
  FROM el
  WHERE r(campaign_id * 1000000 + contact_id, 'tg') < CASE objective_code WHEN 'NEWSLETTER' THEN 0.55 + 0.4 * reach
        WHEN 'ANNIVERSAIRE' THEN 0.05 WHEN 'PANIER' THEN 0.03 WHEN 'RELANCE' THEN 0.10 ELSE 0.12 + 0.38 * reach END)
SELECT row_number() OVER (ORDER BY sent_at, skey)::BIGINT AS send_id, campaign_id, contact_id::BIGINT AS contact_id, channel_code,
       sent_at,
       CASE WHEN channel_code <> 'SMS' AND NOT bounced AND r(skey, 'op') < (CASE channel_code WHEN 'PUSH' THEN 0.02 ELSE 0.04 END) + 0.55 * eng
            THEN sent_at + INTERVAL 1 MINUTE * floor(pow(r(skey, 'od'), 3) * 4000)::INT END AS opened_at,
       CASE WHEN NOT bounced AND r(skey, 'op') < ((CASE channel_code WHEN 'PUSH' THEN 0.02 ELSE 0.04 END) + 0.55 * eng) * CASE channel_code WHEN 'SMS' THEN 0.35 ELSE 0.22 END
            THEN sent_at + INTERVAL 1 MINUTE * (floor(pow(r(skey, 'od'), 3) * 4000)::INT + 1 + floor(r(skey, 'cd') * 30)::INT) END AS clicked_at,
       bounced,
       (NOT bounced AND channel_code = 'EMAIL' AND r(skey, 'un') < 0.003) AS unsubscribed
FROM (SELECT s.*, launched_at + INTERVAL 1 MINUTE * floor(r(skey, 'sm') * 180)::INT AS sent_at,
             channel_code <> 'PUSH' AND r(skey, 'bo') < 0.015 AS bounced FROM s) z
ORDER BY sent_at;


-- ---------------------------------------------------------------------------------------------------------------
-- Loyalty tiers (Club Éclat), one row per period: ESSENTIELLE (entry), PRIVILEGE, PRESTIGE. The tier now is the
-- open row (valid_to null); valid_to is the last day of a closed period. A member who left the programme (card
-- RESILIEE, no card since) has no open row. Tiers are reviewed on the anniversary of the first card.
CREATE TABLE crm.tier_history AS
WITH m AS (
  SELECT p.contact_id, p.v, min(c.issued_on) AS joined,
         max(CASE WHEN c.card_status = 'RESILIEE' THEN c.closed_on END) AS left_on
  FROM prof p JOIN crm.loyalty_card c ON c.contact_id = p.contact_id
  GROUP BY ALL),
y AS (
  SELECT m.*, n, joined + (365 * n)::INT AS review_d
  FROM m, range(0, 12) u(n)
  WHERE joined + (365 * n)::INT <= coalesce(left_on, DATE '2026-09-30')),
y2 AS (
  SELECT y.*, CASE WHEN n = 0 THEN 'ESSENTIELLE'
                   WHEN v * (0.75 + r(contact_id * 100 + n, 'yr') * 0.5) > 0.86 THEN 'PRESTIGE'
                   WHEN v * (0.75 + r(contact_id * 100 + n, 'yr') * 0.5) > 0.55 THEN 'PRIVILEGE'
                   ELSE 'ESSENTIELLE' END AS tier
  FROM y),
runs AS (
  SELECT y2.*, CASE WHEN lag(tier) OVER (PARTITION BY contact_id ORDER BY n) = tier THEN 0 ELSE 1 END AS new_run FROM y2),
g AS (SELECT runs.*, sum(new_run) OVER (PARTITION BY contact_id ORDER BY n) AS run_no FROM runs),
p AS (SELECT contact_id, tier, min(review_d) AS valid_from, max(left_on) AS left_on FROM g GROUP BY contact_id, tier, run_no)
SELECT contact_id::BIGINT AS contact_id, tier AS tier_code, valid_from,
       coalesce(lead(valid_from) OVER (PARTITION BY contact_id ORDER BY valid_from) - 1, left_on) AS valid_to
FROM p
ORDER BY contact_id, valid_from;

-- ---------------------------------------------------------------------------------------------------------------
-- Data-science scores, computed on as_of: churn_score (0 to 1, higher = more likely to leave; follows recency),
-- predicted_skin_type (from purchases and diagnoses: SECHE, GRASSE, MIXTE, NORMALE, SENSIBLE), next_best_category
-- (the universe to push next, a pim universe code).
CREATE TABLE ds.contact_score AS
WITH last_buy AS (
  SELECT contact_id, max(d) AS last_d FROM (
    SELECT c.contact_id, t.ticket_ts::DATE AS d FROM pos.ticket t JOIN crm.loyalty_card c ON c.card_number = t.card_number
    UNION ALL SELECT contact_id, order_ts::DATE FROM web.order_header WHERE order_status <> 'ANNULEE') x
  GROUP BY contact_id),
diag AS (SELECT contact_id, max(diagnosed_skin_type) AS skin FROM services.appointment WHERE diagnosed_skin_type IS NOT NULL GROUP BY contact_id)
SELECT p.contact_id::BIGINT AS contact_id, DATE '2026-09-30' AS scored_on,
       round(least(0.99, greatest(0.01, coalesce(least(DATE '2026-09-30' - lb.last_d, 900) / 900.0, 0.85) * 0.8
                                       + (r(p.contact_id, 'ch1') - 0.5) * 0.3 + 0.08)), 3)::DECIMAL(4, 3) AS churn_score,
       coalesce(CASE WHEN r(p.contact_id, 'skd') < 0.8 THEN d.skin END,
                ['SECHE', 'GRASSE', 'MIXTE', 'MIXTE', 'NORMALE', 'SENSIBLE', 'SENSIBLE'][1 + floor(r(p.contact_id, 'skp') * 7)::INT]) AS predicted_skin_type,
       CASE WHEN r(p.contact_id, 'nb1') < 0.35 THEN p.fav
            WHEN p.has_baby AND r(p.contact_id, 'nb2') < 0.4 THEN 'BEBE'
            ELSE ['SOIN', 'MAQ', 'PARF', 'CAP', 'DERMO', 'SOL', 'SOIN'][1 + floor(r(p.contact_id, 'nb3') * 7)::INT] END AS next_best_category
FROM prof p LEFT JOIN last_buy lb ON lb.contact_id = p.contact_id LEFT JOIN diag d ON d.contact_id = p.contact_id
ORDER BY contact_id;

ALTER TABLE crm.contact ADD PRIMARY KEY (contact_id);
ALTER TABLE crm.loyalty_card ADD PRIMARY KEY (card_number);
ALTER TABLE pos.store ADD PRIMARY KEY (store_id);
ALTER TABLE pim.product ADD PRIMARY KEY (product_id);
ALTER TABLE pos.ticket ADD PRIMARY KEY (ticket_id);
ALTER TABLE web.order_header ADD PRIMARY KEY (order_id);
ALTER TABLE web.subscription ADD PRIMARY KEY (subscription_id);
ALTER TABLE web.sample_request ADD PRIMARY KEY (sample_request_id);
ALTER TABLE web.review ADD PRIMARY KEY (review_id);
ALTER TABLE app.session ADD PRIMARY KEY (session_id);
ALTER TABLE services.appointment ADD PRIMARY KEY (appointment_id);
ALTER TABLE mkt.campaign ADD PRIMARY KEY (campaign_id);
ALTER TABLE mkt.campaign_send ADD PRIMARY KEY (send_id);
ALTER TABLE mkt.do_not_contact ADD PRIMARY KEY (contact_id);
ALTER TABLE ds.contact_score ADD PRIMARY KEY (contact_id);
DROP TABLE prof; DROP TABLE tk; DROP TABLE wo; DROP TABLE prod_pick;
DROP MACRO promo_rate; DROP MACRO promo; DROP MACRO pick_universe; DROP MACRO universe_of; DROP MACRO universe_drawn; DROP MACRO season_day;
DROP MACRO day_pulled; DROP MACRO day_in; DROP MACRO mothers_day; DROP MACRO black_friday; DROP MACRO country_store; DROP MACRO r;
