-- The Maisonnée warehouse: a home-furnishing retailer (furniture, kitchens, bedding, decoration, garden) with 40
-- stores in France (28), Belgium (7) and Switzerland (5), a web shop per country (maisonnee.fr/.be/.ch, with click &
-- collect), home delivery and assembly, kitchen design projects and the "Carte Maisonnée" loyalty card.
-- 12,000 CRM customers, three years of sales up to as_of 2026-09-30 (deliveries and kitchen installations scheduled
-- after it). The BI team's Kimball star (dw.dim_* / dw.fact_*): integer yyyymmdd date keys on a calendar with
-- public holidays per country and the commercial events (French sales, Black Friday); surrogate keys everywhere
-- (customer_sk), the CRM's natural customer number (customer_no) on dim_customer. The campaign tool (crm: campaigns,
-- messages, consent per channel, do-not-contact list) and the data-science scores (ds) are keyed by customer_no.
-- French codes whose meaning only a catalog gives (gender F/H, tiers, channels MAG/WEB/CC, statuses, reasons).
-- Amounts are in EUR, VAT included (Swiss sales converted at the day's rate by the BI team).
-- Deterministic: every draw is a hash (no random()). Runs on an empty in-memory DuckDB in about a second.
-- Catalog: schema_catalog/catalogs/furniture.yaml; blind set: evals/furniture/
CREATE MACRO r(k, s) AS ((hash(k, s, 63) % 1000003)::DOUBLE / 1000003.0);
CREATE MACRO dkey(d) AS (year(d) * 10000 + month(d) * 100 + day(d))::INTEGER;
CREATE MACRO kdate(k) AS make_date((k // 10000)::BIGINT, ((k // 100) % 100)::BIGINT, (k % 100)::BIGINT);
CREATE SCHEMA meta; CREATE SCHEMA dw; CREATE SCHEMA crm; CREATE SCHEMA ds; CREATE SCHEMA stg;
CREATE TABLE meta.warehouse AS SELECT DATE '2026-09-30' AS as_of;

-- ---------------------------------------------------------------------------------------------------------------
-- Calendar. Public holidays per country (France, Belgium, Switzerland: the Romandy cantons' common days), the
-- French sales (soldes d'hiver / d'été, the national dates) and Black Friday week (Monday to Cyber Monday).
CREATE TABLE stg.easter AS
SELECT * FROM (VALUES (2020, DATE '2020-04-12'), (2021, DATE '2021-04-04'), (2022, DATE '2022-04-17'),
  (2023, DATE '2023-04-09'), (2024, DATE '2024-03-31'), (2025, DATE '2025-04-20'), (2026, DATE '2026-04-05'),
  (2027, DATE '2027-03-28')) e(y, easter);

CREATE TABLE stg.holiday AS
WITH y AS (SELECT y, easter FROM stg.easter),
fixed AS (
  SELECT * FROM (VALUES
    (1, 1, 'Jour de l''an', true, true, true), (5, 1, 'Fête du travail', true, true, false),
    (5, 8, 'Victoire 1945', true, false, false), (7, 14, 'Fête nationale', true, false, false),
    (7, 21, 'Fête nationale belge', false, true, false), (8, 1, 'Fête nationale suisse', false, false, true),
    (8, 15, 'Assomption', true, true, false), (11, 1, 'Toussaint', true, true, false),
    (11, 11, 'Armistice', true, true, false), (12, 25, 'Noël', true, true, true),
    (12, 26, 'Saint-Étienne', false, false, true)) f(m, d, name, fr, be, ch))
SELECT make_date(y, m, d) AS day, name, fr, be, ch FROM y, fixed
UNION ALL SELECT easter - 2, 'Vendredi saint', false, false, true FROM y
UNION ALL SELECT easter + 1, 'Lundi de Pâques', true, true, true FROM y
UNION ALL SELECT easter + 39, 'Ascension', true, true, true FROM y
UNION ALL SELECT easter + 50, 'Lundi de Pentecôte', true, true, true FROM y;

CREATE TABLE stg.promo_period AS
SELECT * FROM (VALUES
  (0, DATE '2024-01-10', DATE '2024-02-06', 'SOLDES_HIVER'), (1, DATE '2024-06-26', DATE '2024-07-23', 'SOLDES_ETE'),
  (2, DATE '2025-01-08', DATE '2025-02-04', 'SOLDES_HIVER'), (3, DATE '2025-06-25', DATE '2025-07-22', 'SOLDES_ETE'),
  (4, DATE '2026-01-07', DATE '2026-02-03', 'SOLDES_HIVER'), (5, DATE '2026-06-24', DATE '2026-07-21', 'SOLDES_ETE'),
  (6, DATE '2023-11-20', DATE '2023-11-27', 'BLACK_FRIDAY'), (7, DATE '2024-11-25', DATE '2024-12-02', 'BLACK_FRIDAY'),
  (8, DATE '2025-11-24', DATE '2025-12-01', 'BLACK_FRIDAY'), (9, DATE '2023-01-11', DATE '2023-02-07', 'SOLDES_HIVER'),
  (10, DATE '2023-06-28', DATE '2023-07-25', 'SOLDES_ETE'), (11, DATE '2026-11-23', DATE '2026-11-30', 'BLACK_FRIDAY'),
  (12, DATE '2027-01-13', DATE '2027-02-09', 'SOLDES_HIVER'), (13, DATE '2027-06-23', DATE '2027-07-20', 'SOLDES_ETE'),
  (14, DATE '2022-01-12', DATE '2022-02-08', 'SOLDES_HIVER'), (15, DATE '2022-06-22', DATE '2022-07-19', 'SOLDES_ETE'),
  (16, DATE '2022-11-21', DATE '2022-11-28', 'BLACK_FRIDAY'), (17, DATE '2027-11-22', DATE '2027-11-29', 'BLACK_FRIDAY'))
  p(pid, start_d, end_d, event_cd);

CREATE TABLE dw.dim_date AS
WITH d AS (SELECT unnest(range(DATE '2000-01-01', DATE '2028-01-01', INTERVAL 1 DAY))::DATE AS d)
SELECT dkey(d.d) AS date_key, d.d AS full_date,
       year(d.d)::SMALLINT AS year_num, quarter(d.d)::SMALLINT AS quarter_num, month(d.d)::SMALLINT AS month_num,
       ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre',
        'décembre'][month(d.d)] AS month_name,
       weekofyear(d.d)::SMALLINT AS iso_week, isodow(d.d)::SMALLINT AS day_of_week,
       ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'][isodow(d.d)] AS day_name,
       isodow(d.d) >= 6 AS is_weekend,
       coalesce(bool_or(h.fr), false) AS is_holiday_fr, coalesce(bool_or(h.be), false) AS is_holiday_be,
       coalesce(bool_or(h.ch), false) AS is_holiday_ch, min(h.name) AS holiday_name,
       min(p.event_cd) AS commercial_event
FROM d LEFT JOIN stg.holiday h ON h.day = d.d
       LEFT JOIN stg.promo_period p ON d.d BETWEEN p.start_d AND p.end_d
GROUP BY d.d ORDER BY d.d;

-- ---------------------------------------------------------------------------------------------------------------
-- Stores: 40 shops and one web shop per country (store_format WEB: web and click & collect orders are booked on
-- the web shop only when delivered; click & collect is booked on the store where it is collected).
CREATE TABLE dw.dim_store AS
SELECT * FROM (VALUES
  (1, 'PAR1', 'Maisonnée Paris La Villette', 'Paris', '75019', 'Paris', 'FR', 'Île-de-France', 'CENTRE_VILLE', true, 20150301),
  (2, 'PAR2', 'Maisonnée Paris Montparnasse', 'Paris', '75015', 'Paris', 'FR', 'Île-de-France', 'CENTRE_VILLE', true, 20180915),
  (3, 'VEL', 'Maisonnée Vélizy', 'Vélizy-Villacoublay', '78140', 'Paris', 'FR', 'Île-de-France', 'GRAND_FORMAT', true, 20090401),
  (4, 'MLV', 'Maisonnée Marne-la-Vallée', 'Serris', '77700', 'Paris', 'FR', 'Île-de-France', 'GRAND_FORMAT', true, 20110910),
  (5, 'LYO1', 'Maisonnée Lyon Part-Dieu', 'Lyon', '69003', 'Lyon', 'FR', 'Auvergne-Rhône-Alpes', 'CENTRE_VILLE', false, 20190312),
  (6, 'LYO2', 'Maisonnée Lyon Saint-Priest', 'Saint-Priest', '69800', 'Lyon', 'FR', 'Auvergne-Rhône-Alpes', 'GRAND_FORMAT', true, 20070505),
  (7, 'MRS', 'Maisonnée Marseille La Valentine', 'Marseille', '13011', 'Marseille', 'FR', 'Provence-Alpes-Côte d''Azur', 'GRAND_FORMAT', true, 20080220),
  (8, 'AIX', 'Maisonnée Aix-en-Provence', 'Aix-en-Provence', '13090', 'Aix-en-Provence', 'FR', 'Provence-Alpes-Côte d''Azur', 'GRAND_FORMAT', false, 20140610),
  (9, 'LIL', 'Maisonnée Lille Lomme', 'Lomme', '59160', 'Lille', 'FR', 'Hauts-de-France', 'GRAND_FORMAT', true, 20060915),
  (10, 'RBX', 'Maisonnée Outlet Roubaix', 'Roubaix', '59100', 'Lille', 'FR', 'Hauts-de-France', 'OUTLET', false, 20170401),
  (11, 'BOD', 'Maisonnée Bordeaux Mérignac', 'Mérignac', '33700', 'Bordeaux', 'FR', 'Nouvelle-Aquitaine', 'GRAND_FORMAT', true, 20081015),
  (12, 'TLS', 'Maisonnée Toulouse Portet', 'Portet-sur-Garonne', '31120', 'Toulouse', 'FR', 'Occitanie', 'GRAND_FORMAT', true, 20090320),
  (13, 'NTE', 'Maisonnée Nantes Atlantis', 'Saint-Herblain', '44800', 'Nantes', 'FR', 'Pays de la Loire', 'GRAND_FORMAT', true, 20100225),
  (14, 'SXB', 'Maisonnée Strasbourg', 'Strasbourg', '67100', 'Strasbourg', 'FR', 'Grand Est', 'GRAND_FORMAT', true, 20120912),
  (15, 'NCE', 'Maisonnée Nice Lingostière', 'Nice', '06200', 'Nice', 'FR', 'Provence-Alpes-Côte d''Azur', 'GRAND_FORMAT', false, 20130403),
  (16, 'MPL', 'Maisonnée Montpellier Odysseum', 'Montpellier', '34000', 'Montpellier', 'FR', 'Occitanie', 'GRAND_FORMAT', true, 20110518),
  (17, 'RNS', 'Maisonnée Rennes Cesson', 'Cesson-Sévigné', '35510', 'Rennes', 'FR', 'Bretagne', 'GRAND_FORMAT', false, 20121003),
  (18, 'GNB', 'Maisonnée Grenoble', 'Saint-Égrève', '38120', 'Grenoble', 'FR', 'Auvergne-Rhône-Alpes', 'GRAND_FORMAT', false, 20130925),
  (19, 'URO', 'Maisonnée Rouen', 'Tourville-la-Rivière', '76410', 'Rouen', 'FR', 'Normandie', 'GRAND_FORMAT', false, 20140312),
  (20, 'RHE', 'Maisonnée Reims', 'Reims', '51100', 'Reims', 'FR', 'Grand Est', 'GRAND_FORMAT', false, 20150527),
  (21, 'DIJ', 'Maisonnée Dijon', 'Quetigny', '21800', 'Dijon', 'FR', 'Bourgogne-Franche-Comté', 'GRAND_FORMAT', false, 20151118),
  (22, 'TUF', 'Maisonnée Tours', 'Chambray-lès-Tours', '37170', 'Tours', 'FR', 'Centre-Val de Loire', 'GRAND_FORMAT', false, 20160406),
  (23, 'MZM', 'Maisonnée Metz', 'Metz', '57050', 'Metz', 'FR', 'Grand Est', 'GRAND_FORMAT', false, 20160921),
  (24, 'CFE', 'Maisonnée Clermont-Ferrand', 'Aubière', '63170', 'Clermont-Ferrand', 'FR', 'Auvergne-Rhône-Alpes', 'GRAND_FORMAT', false, 20170315),
  (25, 'ORL', 'Maisonnée Orléans', 'Saran', '45770', 'Orléans', 'FR', 'Centre-Val de Loire', 'GRAND_FORMAT', false, 20180411),
  (26, 'CFR', 'Maisonnée Caen', 'Mondeville', '14120', 'Caen', 'FR', 'Normandie', 'GRAND_FORMAT', false, 20190605),
  (27, 'TLN', 'Maisonnée Toulon', 'La Garde', '83130', 'Toulon', 'FR', 'Provence-Alpes-Côte d''Azur', 'GRAND_FORMAT', false, 20240601),
  (28, 'TRY', 'Maisonnée Outlet Troyes', 'Troyes', '10000', 'Troyes', 'FR', 'Grand Est', 'OUTLET', false, 20160210),
  (29, 'BRU', 'Maisonnée Bruxelles Woluwe', 'Woluwe-Saint-Lambert', '1200', 'Bruxelles', 'BE', 'Bruxelles-Capitale', 'CENTRE_VILLE', true, 20120301),
  (30, 'AND', 'Maisonnée Anderlecht', 'Anderlecht', '1070', 'Bruxelles', 'BE', 'Bruxelles-Capitale', 'GRAND_FORMAT', true, 20100915),
  (31, 'LGG', 'Maisonnée Liège', 'Liège', '4000', 'Liège', 'BE', 'Wallonie', 'GRAND_FORMAT', true, 20130410),
  (32, 'NAM', 'Maisonnée Namur', 'Namur', '5000', 'Namur', 'BE', 'Wallonie', 'GRAND_FORMAT', false, 20150916),
  (33, 'CRL', 'Maisonnée Charleroi', 'Charleroi', '6000', 'Charleroi', 'BE', 'Wallonie', 'GRAND_FORMAT', false, 20160504),
  (34, 'GNT', 'Maisonnée Gent', 'Gent', '9000', 'Gent', 'BE', 'Vlaanderen', 'GRAND_FORMAT', false, 20181010),
  (35, 'ANR', 'Maisonnée Antwerpen', 'Antwerpen', '2000', 'Antwerpen', 'BE', 'Vlaanderen', 'GRAND_FORMAT', true, 20170621),
  (36, 'GVA', 'Maisonnée Genève Vernier', 'Vernier', '1214', 'Genève', 'CH', 'Suisse romande', 'GRAND_FORMAT', true, 20140902),
  (37, 'LSN', 'Maisonnée Lausanne Crissier', 'Crissier', '1023', 'Lausanne', 'CH', 'Suisse romande', 'GRAND_FORMAT', true, 20151104),
  (38, 'FRI', 'Maisonnée Fribourg', 'Granges-Paccot', '1763', 'Fribourg', 'CH', 'Suisse romande', 'GRAND_FORMAT', false, 20180321),
  (39, 'SIO', 'Maisonnée Sion', 'Conthey', '1964', 'Sion', 'CH', 'Suisse romande', 'GRAND_FORMAT', false, 20191002),
  (40, 'ZRH', 'Maisonnée Zürich Dietlikon', 'Dietlikon', '8305', 'Zürich', 'CH', 'Deutschschweiz', 'GRAND_FORMAT', true, 20250315),
  (41, 'WFR', 'maisonnee.fr', NULL, NULL, NULL, 'FR', NULL, 'WEB', false, 20100101),
  (42, 'WBE', 'maisonnee.be', NULL, NULL, NULL, 'BE', NULL, 'WEB', false, 20120101),
  (43, 'WCH', 'maisonnee.ch', NULL, NULL, NULL, 'CH', NULL, 'WEB', false, 20140101))
  AS s(store_sk, store_code, store_name, city, postcode, metro_area, country_code, region, store_format,
       has_kitchen_studio, opened_date_key);

-- ---------------------------------------------------------------------------------------------------------------
-- Products: department > category > sub-category (the PIM's French names), brand, price band.
CREATE TABLE stg.cat AS
SELECT * FROM (VALUES
  ('Salon', 'Canapés', ['Canapé 2-3 places', 'Canapé d''angle', 'Canapé convertible'], 390, 2490, true, 'FURN'),
  ('Salon', 'Fauteuils', ['Fauteuil', 'Pouf'], 79, 890, true, 'FURN'),
  ('Salon', 'Tables basses', ['Table basse', 'Bout de canapé'], 59, 590, true, 'FURN'),
  ('Salon', 'Meubles TV', ['Meuble TV'], 99, 790, true, 'FURN'),
  ('Salle à manger', 'Tables', ['Table à manger', 'Table extensible'], 199, 1490, true, 'FURN'),
  ('Salle à manger', 'Chaises', ['Chaise', 'Tabouret de bar'], 39, 290, true, 'FURN'),
  ('Salle à manger', 'Buffets', ['Buffet', 'Vaisselier'], 290, 1290, true, 'FURN'),
  ('Chambre', 'Lits', ['Lit adulte', 'Lit enfant', 'Tête de lit'], 149, 1590, true, 'FURN'),
  ('Chambre', 'Matelas', ['Matelas mousse', 'Matelas ressorts', 'Sommier'], 199, 1890, true, 'BED'),
  ('Chambre', 'Armoires', ['Armoire', 'Commode'], 149, 1290, true, 'FURN'),
  ('Chambre', 'Linge de lit', ['Housse de couette', 'Draps', 'Oreiller', 'Couette'], 15, 149, false, 'TEX'),
  ('Cuisine', 'Cuisines équipées', ['Cuisine complète'], 4000, 20000, true, 'KIT'),
  ('Cuisine', 'Électroménager', ['Four', 'Réfrigérateur', 'Lave-vaisselle', 'Plaque de cuisson'], 249, 1490, true, 'APPL'),
  ('Cuisine', 'Arts de la table', ['Vaisselle', 'Verres', 'Couverts'], 5, 89, false, 'DECO'),
  ('Cuisine', 'Ustensiles', ['Casseroles', 'Ustensiles'], 9, 159, false, 'DECO'),
  ('Décoration', 'Tapis', ['Tapis'], 39, 690, false, 'TEX'),
  ('Décoration', 'Rideaux', ['Rideaux', 'Voilages'], 19, 129, false, 'TEX'),
  ('Décoration', 'Miroirs', ['Miroir'], 29, 390, false, 'DECO'),
  ('Décoration', 'Bougies & senteurs', ['Bougie', 'Diffuseur'], 5, 49, false, 'DECO'),
  ('Décoration', 'Cadres & objets', ['Cadre', 'Vase', 'Objet déco'], 7, 129, false, 'DECO'),
  ('Décoration', 'Coussins & plaids', ['Coussin', 'Plaid'], 12, 89, false, 'TEX'),
  ('Rangement', 'Bibliothèques', ['Bibliothèque', 'Étagère'], 49, 690, true, 'FURN'),
  ('Rangement', 'Dressings', ['Dressing'], 190, 1490, true, 'FURN'),
  ('Rangement', 'Boîtes & paniers', ['Panier', 'Boîte'], 5, 59, false, 'DECO'),
  ('Luminaires', 'Lampadaires', ['Lampadaire'], 49, 390, false, 'LIGHT'),
  ('Luminaires', 'Suspensions', ['Suspension'], 29, 390, false, 'LIGHT'),
  ('Luminaires', 'Lampes à poser', ['Lampe à poser'], 19, 190, false, 'LIGHT'),
  ('Jardin', 'Salons de jardin', ['Salon de jardin', 'Bain de soleil'], 199, 2490, true, 'GARDEN'),
  ('Jardin', 'Barbecues', ['Barbecue charbon', 'Barbecue gaz', 'Plancha'], 89, 1290, true, 'BBQ'),
  ('Jardin', 'Parasols', ['Parasol', 'Voile d''ombrage'], 39, 690, false, 'GARDEN'),
  ('Jardin', 'Pots & jardinières', ['Pot', 'Jardinière'], 9, 149, false, 'GARDEN'),
  ('Services', 'Livraison', ['Livraison standard', 'Livraison premium'], 49, 89, false, 'SRV'),
  ('Services', 'Montage', ['Montage meuble', 'Pose cuisine'], 79, 990, false, 'SRV'))
  c(department, category, subs, pmin, pmax, bulky, brand_family);

CREATE TABLE stg.prod AS
WITH s AS (
  SELECT c.*, u.sub_category, u.si, row_number() OVER (ORDER BY c.department, c.category, u.si) AS sub_id
  FROM stg.cat c, unnest(c.subs) WITH ORDINALITY AS u(sub_category, si)),
p AS (
  SELECT s.*, k,
         CASE WHEN brand_family = 'SRV' THEN 1 WHEN brand_family = 'KIT' THEN 6 ELSE 7 + floor(r(sub_id, 'np') * 8)::INT END AS np
  FROM s, range(0, 14) t(k))
SELECT * FROM p WHERE k < np;

CREATE TABLE dw.dim_product AS
WITH p AS (
  SELECT *, row_number() OVER (ORDER BY department, category, sub_category, k) AS product_sk,
         CASE WHEN brand_family = 'SRV' THEN CASE sub_category WHEN 'Livraison standard' THEN 0.0 WHEN 'Livraison premium' THEN 1.0
                                                   WHEN 'Montage meuble' THEN 0.0 ELSE 0.5 END
              ELSE r(sub_id * 100 + k, 'px') END AS px
  FROM stg.prod)
SELECT product_sk::INTEGER AS product_sk,
       'MS' || lpad((100000 + product_sk * 7)::VARCHAR, 7, '0') AS sku,
       CASE WHEN brand_family = 'SRV' THEN sub_category
            WHEN brand_family = 'KIT' THEN 'Cuisine ' || ['Alba', 'Nova', 'Loft', 'Provence', 'Fjord', 'Atelier'][k + 1]
            ELSE sub_category || ' ' || ['Alba', 'Bergen', 'Cassis', 'Douro', 'Elsa', 'Fjord', 'Gaïa', 'Hanoï', 'Iris', 'Jade',
                                         'Kobe', 'Lima', 'Milo', 'Nova', 'Oslo', 'Pia', 'Quartz', 'Rio', 'Sienne', 'Tivoli',
                                         'Uma', 'Vigo', 'Yuzu', 'Zen'][1 + (hash(sub_id, k, 'nm') % 24)::INT] END AS product_name,
       department, category, sub_category,
       CASE brand_family
         WHEN 'SRV' THEN 'Maisonnée Services'
         WHEN 'KIT' THEN 'Maisonnée Cuisines'
         WHEN 'APPL' THEN ['Bosch', 'Bosch', 'Whirlpool', 'Électra'][1 + floor(r(product_sk, 'b') * 4)::INT]
         WHEN 'BED' THEN CASE WHEN px < 0.35 THEN 'Maisonnée Essentiel' WHEN px < 0.75 THEN 'Somnia' ELSE 'Somnia Prestige' END
         WHEN 'BBQ' THEN CASE WHEN px < 0.45 THEN 'Ferro & Co' ELSE 'Weber' END
         WHEN 'GARDEN' THEN CASE WHEN px < 0.4 THEN 'Maisonnée Essentiel' WHEN px < 0.75 THEN 'Ferro & Co' ELSE 'Maisonnée' END
         WHEN 'LIGHT' THEN CASE WHEN px < 0.4 THEN 'Maisonnée Essentiel' WHEN px < 0.8 THEN 'Lumio' ELSE 'Atelier Lune' END
         WHEN 'TEX' THEN CASE WHEN px < 0.4 THEN 'Maisonnée Essentiel' WHEN px < 0.75 THEN 'Texto' ELSE 'Maisonnée' END
         WHEN 'DECO' THEN CASE WHEN px < 0.4 THEN 'Maisonnée Essentiel' WHEN px < 0.8 THEN 'Maisonnée' ELSE 'Atelier Lune' END
         ELSE CASE WHEN px < 0.35 THEN 'Maisonnée Essentiel' WHEN px < 0.6 THEN 'Maisonnée'
                   WHEN px < 0.85 THEN 'Nordhem' ELSE 'Atelier Lune' END END AS brand,
       CASE WHEN brand_family = 'SRV' THEN 'SERVICE' WHEN px < 0.4 THEN 'ENTREE' WHEN px < 0.8 THEN 'MILIEU' ELSE 'HAUT' END AS price_band,
       round(pmin + (pmax - pmin) * pow(px, 1.3), 0)::DECIMAL(10, 2) - CASE WHEN brand_family IN ('SRV', 'KIT') THEN 0 ELSE 0.01 END AS list_price,
       bulky AS is_bulky,
       brand_family = 'KIT' AS sold_by_project
FROM p ORDER BY product_sk;

-- the products a shopper picks in an ordinary order (no kitchen, no service), numbered per department
CREATE TABLE stg.pick AS
SELECT department, product_sk, list_price, category, is_bulky,
       (row_number() OVER (PARTITION BY department ORDER BY product_sk) - 1)::INT AS idx,
       count(*) OVER (PARTITION BY department) AS cnt
FROM dw.dim_product WHERE department <> 'Services' AND NOT sold_by_project;

-- ---------------------------------------------------------------------------------------------------------------
-- Customers: 12,000 in the CRM (card holders and web accounts). Cities with their postcodes and nearby stores.
CREATE TABLE stg.city AS
SELECT *, sum(w) OVER (ORDER BY cid) - w AS lo, sum(w) OVER (ORDER BY cid) AS hi FROM (VALUES
  (1, 'Paris', 'FR', 14.0, ['75011', '75012', '75013', '75015', '75017', '75018', '75019', '75020'], [1, 2, 3, 4]),
  (2, 'Boulogne-Billancourt', 'FR', 2.0, ['92100'], [3, 2]), (3, 'Versailles', 'FR', 2.0, ['78000'], [3]),
  (4, 'Montreuil', 'FR', 2.0, ['93100'], [1, 4]), (5, 'Créteil', 'FR', 1.5, ['94000'], [4]),
  (6, 'Lyon', 'FR', 6.0, ['69001', '69003', '69006', '69007', '69008'], [5, 6]), (7, 'Villeurbanne', 'FR', 1.5, ['69100'], [5, 6]),
  (8, 'Marseille', 'FR', 5.0, ['13001', '13005', '13008', '13012'], [7]), (9, 'Aix-en-Provence', 'FR', 1.5, ['13090', '13100'], [8]),
  (10, 'Lille', 'FR', 3.0, ['59000', '59800'], [9, 10]), (11, 'Roubaix', 'FR', 1.0, ['59100'], [10, 9]),
  (12, 'Bordeaux', 'FR', 3.5, ['33000', '33300', '33800'], [11]), (13, 'Mérignac', 'FR', 1.0, ['33700'], [11]),
  (14, 'Toulouse', 'FR', 3.5, ['31000', '31200', '31400', '31500'], [12]), (15, 'Nantes', 'FR', 3.0, ['44000', '44100', '44300'], [13]),
  (16, 'Strasbourg', 'FR', 2.5, ['67000', '67100', '67200'], [14]), (17, 'Nice', 'FR', 2.5, ['06000', '06100', '06200'], [15]),
  (18, 'Montpellier', 'FR', 2.5, ['34000', '34070'], [16]), (19, 'Rennes', 'FR', 2.0, ['35000', '35200'], [17]),
  (20, 'Grenoble', 'FR', 1.5, ['38000', '38100'], [18]), (21, 'Rouen', 'FR', 1.5, ['76000', '76100'], [19]),
  (22, 'Reims', 'FR', 1.5, ['51100'], [20]), (23, 'Dijon', 'FR', 1.2, ['21000'], [21]), (24, 'Tours', 'FR', 1.2, ['37000', '37100'], [22]),
  (25, 'Metz', 'FR', 1.2, ['57000', '57050'], [23]), (26, 'Clermont-Ferrand', 'FR', 1.2, ['63000', '63100'], [24]),
  (27, 'Orléans', 'FR', 1.2, ['45000', '45100'], [25]), (28, 'Caen', 'FR', 1.2, ['14000'], [26]),
  (29, 'Toulon', 'FR', 1.2, ['83000', '83100'], [27, 7]), (30, 'Troyes', 'FR', 0.6, ['10000'], [28, 20]),
  (31, 'Annecy', 'FR', 0.8, ['74000'], [18, 36]), (32, 'Le Mans', 'FR', 0.8, ['72000'], [22, 17]),
  (33, 'Bruxelles', 'BE', 5.0, ['1000', '1030', '1050', '1060', '1180', '1200'], [29, 30]), (34, 'Anderlecht', 'BE', 1.0, ['1070'], [30]),
  (35, 'Liège', 'BE', 2.5, ['4000', '4020'], [31]), (36, 'Namur', 'BE', 1.5, ['5000'], [32]), (37, 'Charleroi', 'BE', 1.5, ['6000'], [33]),
  (38, 'Mons', 'BE', 1.0, ['7000'], [33]), (39, 'Wavre', 'BE', 0.8, ['1300'], [29, 32]), (40, 'Gent', 'BE', 2.0, ['9000'], [34]),
  (41, 'Antwerpen', 'BE', 2.2, ['2000', '2018'], [35]),
  (42, 'Genève', 'CH', 4.0, ['1201', '1203', '1205', '1219'], [36]), (43, 'Lausanne', 'CH', 3.0, ['1003', '1004', '1007'], [37]),
  (44, 'Fribourg', 'CH', 1.2, ['1700'], [38]), (45, 'Neuchâtel', 'CH', 1.0, ['2000'], [37, 38]), (46, 'Sion', 'CH', 1.0, ['1950'], [39]),
  (47, 'Zürich', 'CH', 1.5, ['8001', '8004', '8050'], [40])) c(cid, city, country_code, w, postcodes, stores);

CREATE TABLE stg.cust AS
WITH c AS (
  SELECT i, DATE '2026-09-30' - floor(pow(r(i, 'crt'), 1.7) * 5200)::INT AS created,
         r(i, 'city') * (SELECT max(hi) FROM stg.city) AS rc
  FROM range(1, 12001) t(i))
SELECT c.i, c.created, ci.city, ci.country_code, ci.postcodes[1 + floor(r(c.i, 'pc') * len(ci.postcodes))::INT] AS postcode,
       ci.stores, ci.stores[1] AS home_store_sk,
       r(c.i, 'buyer') >= 0.11 AS is_buyer,
       1 + floor(pow(r(c.i, 'nb'), 2.3) * 13)::INT AS nb,
       greatest(c.created, DATE '2023-10-01') AS start_d,
       greatest(greatest(c.created, DATE '2023-10-01'),
                DATE '2026-09-30' - floor(pow(r(c.i, 'quiet'), 2.2) * 1150)::INT) AS end_d,
       r(c.i, 'chp') AS chp, r(c.i, 'eng') AS eng,
       CASE WHEN r(c.i, 'hh') < 0.28 THEN 1 WHEN r(c.i, 'hh') < 0.61 THEN 2 WHEN r(c.i, 'hh') < 0.77 THEN 3
            WHEN r(c.i, 'hh') < 0.92 THEN 4 WHEN r(c.i, 'hh') < 0.98 THEN 5 ELSE 6 END AS household_size,
       CASE WHEN r(c.i, 'hou') < 0.1 THEN NULL
            WHEN ci.city IN ('Paris', 'Lyon', 'Bruxelles', 'Genève', 'Lausanne', 'Zürich', 'Lille', 'Marseille', 'Nice', 'Boulogne-Billancourt')
              THEN CASE WHEN r(c.i, 'hou2') < 0.22 THEN 'MAISON' ELSE 'APPARTEMENT' END
            ELSE CASE WHEN r(c.i, 'hou2') < 0.62 THEN 'MAISON' ELSE 'APPARTEMENT' END END AS housing_type
FROM c JOIN stg.city ci ON c.rc >= ci.lo AND c.rc < ci.hi;

CREATE TABLE dw.dim_customer AS
SELECT i::INTEGER AS customer_sk,
       (31000000 + i * 7 + (i % 7))::BIGINT AS customer_no,
       CASE WHEN r(i, 'g') < 0.53 THEN 'F' WHEN r(i, 'g') < 0.96 THEN 'H' ELSE NULL END AS gender,
       CASE WHEN r(i, 'g') < 0.53
            THEN ['Camille', 'Léa', 'Manon', 'Chloé', 'Sophie', 'Julie', 'Laura', 'Emma', 'Sarah', 'Marie', 'Nathalie', 'Isabelle', 'Lotte', 'Anna'][1 + floor(r(i, 'fn') * 14)::INT]
            ELSE ['Louis', 'Hugo', 'Jules', 'Thomas', 'Lucas', 'Maxime', 'Nicolas', 'Julien', 'Pierre', 'David', 'Pieter', 'Luca', 'Noah', 'Marc'][1 + floor(r(i, 'fn') * 14)::INT] END AS first_name,
       ['Martin', 'Bernard', 'Dubois', 'Durand', 'Leroy', 'Moreau', 'Fournier', 'Peeters', 'Janssens', 'Maes', 'Favre',
        'Müller', 'Rochat', 'Lambert', 'Girard', 'Bonnet', 'Mercier', 'Dupont'][1 + floor(r(i, 'ln') * 18)::INT] AS last_name,
       CASE WHEN r(i, 'em') < 0.07 THEN NULL ELSE 'client' || i || '@mail.example' END AS email,
       CASE WHEN r(i, 'ph') < 0.24 THEN NULL
            ELSE CASE country_code WHEN 'FR' THEN '+336' WHEN 'BE' THEN '+324' ELSE '+417' END
                 || lpad((hash(i, 'tel') % 100000000)::VARCHAR, 8, '0') END AS mobile_phone,
       (1 + floor(r(i, 'st') * 180))::INT || ' ' || ['rue des Lilas', 'avenue de la Gare', 'rue du Moulin', 'chemin des Vignes',
        'boulevard Victor Hugo', 'rue de l''Église', 'place du Marché', 'rue Pasteur'][1 + floor(r(i, 'str') * 8)::INT] AS street_address,
       postcode, city, country_code,
       CASE WHEN r(i, 'by') < 0.16 THEN NULL ELSE (1942 + floor(pow(r(i, 'age'), 1.15) * 64))::SMALLINT END AS birth_year,
       household_size::SMALLINT AS household_size,
       housing_type,
       CASE country_code WHEN 'FR' THEN 'fr'
            WHEN 'BE' THEN CASE WHEN city IN ('Gent', 'Antwerpen') THEN 'nl' WHEN city = 'Bruxelles' AND r(i, 'lg') < 0.2 THEN 'nl' ELSE 'fr' END
            ELSE CASE WHEN city = 'Zürich' THEN 'de' ELSE 'fr' END END AS preferred_language,
       CASE WHEN r(i, 'pro') < 0.035 THEN 'PRO' ELSE 'PART' END AS customer_type,
       NULL::VARCHAR AS loyalty_tier,
       CASE WHEN r(i, 'card') < 0.78 THEN dkey(created + floor(pow(r(i, 'cj'), 3) * 400)::INT) END AS card_join_date_key,
       dkey(created) AS created_date_key,
       CASE WHEN r(i, 'mv') < 0.09 THEN dkey(DATE '2026-09-30' - floor(r(i, 'mvd') * 365)::INT)
            ELSE dkey(least(created, DATE '2026-09-30' - 400) - floor(r(i, 'mvo') * 4000)::INT) END AS address_since_date_key,
       home_store_sk::INTEGER AS home_store_sk
FROM stg.cust ORDER BY i;
-- a card joined after as_of (the draw above) is not joined yet
UPDATE dw.dim_customer SET card_join_date_key = NULL WHERE card_join_date_key > 20260930;

-- ---------------------------------------------------------------------------------------------------------------
-- Orders of known customers: a long tail of frequency, lapsed customers, store-only / web-first / mixed shoppers,
-- a fifth of orders drawn into the sales and Black Friday weeks, garden in spring and summer.
CREATE TABLE stg.ord AS
WITH o AS (
  SELECT c.i, c.chp, c.stores, c.country_code, c.start_d, c.end_d, c.created,
         c.i * 100 + k AS oid, k
  FROM stg.cust c, range(0, 14) t(k)
  WHERE c.is_buyer AND k < CASE WHEN c.created > DATE '2026-07-01' THEN least(c.nb, 2) ELSE c.nb END),
o2 AS (
  SELECT o.*,
         CASE WHEN k = 0 AND created >= DATE '2023-10-01' AND r(oid, 'first') < 0.8 THEN start_d
              ELSE start_d + floor(r(oid, 'd') * (end_d - start_d + 1))::INT END AS d0,
         r(oid, 'promo') < 0.22 AS promo, floor(r(oid, 'pp') * 9)::INT AS pid
  FROM o),
o3 AS (
  SELECT o2.*, CASE WHEN promo AND p.start_d >= o2.start_d AND p.end_d <= o2.end_d
                    THEN p.start_d + floor(r(oid, 'pd') * (p.end_d - p.start_d + 1))::INT ELSE d0 END AS od
  FROM o2 LEFT JOIN stg.promo_period p ON p.pid = o2.pid),
o4 AS (
  SELECT o3.*, r(oid, 'ch') AS rch,
         CASE WHEN r(oid, 'away') < 0.12 THEN stores[len(stores)] ELSE stores[1 + floor(r(oid, 'st') * len(stores))::INT] END AS shop
  FROM o3)
SELECT o4.i AS customer_sk, o4.oid, o4.od,
       CASE WHEN s.opened_date_key > dkey(o4.od) THEN 'WEB'
            WHEN chp < 0.45 THEN CASE WHEN rch < 0.84 THEN 'MAG' WHEN rch < 0.93 THEN 'CC' ELSE 'WEB' END
            WHEN chp < 0.75 THEN CASE WHEN rch < 0.5 THEN 'MAG' WHEN rch < 0.8 THEN 'WEB' ELSE 'CC' END
            ELSE CASE WHEN rch < 0.7 THEN 'WEB' WHEN rch < 0.85 THEN 'CC' ELSE 'MAG' END END AS channel,
       o4.shop, o4.country_code
FROM o4 JOIN dw.dim_store s ON s.store_sk = o4.shop;

-- anonymous store tickets (no card scanned)
INSERT INTO stg.ord
SELECT NULL, 2000000000 + n, DATE '2023-10-01' + floor(r(n, 'ad') * 1096)::INT, 'MAG',
       1 + floor(r(n, 'as') * 40)::INT, NULL
FROM range(1, 9001) t(n);
DELETE FROM stg.ord WHERE channel = 'MAG' AND shop = 40 AND od < DATE '2025-03-15';
DELETE FROM stg.ord WHERE channel = 'MAG' AND shop = 27 AND od < DATE '2024-06-01';

CREATE TABLE stg.line AS
WITH l AS (
  SELECT o.*, k AS line_no, o.oid * 10 + k AS lid, month(o.od) AS m
  FROM stg.ord o, range(1, 5) t(k)
  WHERE k <= 1 + floor(pow(r(o.oid, 'nl'), 2.0) * (CASE WHEN o.customer_sk IS NULL THEN 2 ELSE 4 END))),
l2 AS (
  SELECT l.*,
         CASE WHEN m IN (4, 5, 6, 7) THEN 21.0 WHEN m IN (11, 12, 1, 2) THEN 2.0 ELSE 7.0 END AS jw,
         r(lid, 'dep') AS rd
  FROM l),
l3 AS (
  SELECT l2.*,
         CASE WHEN rd * (89 + jw) < 11 THEN 'Salon' WHEN rd * (89 + jw) < 18 THEN 'Salle à manger'
              WHEN rd * (89 + jw) < 33 THEN 'Chambre' WHEN rd * (89 + jw) < 45 THEN 'Cuisine'
              WHEN rd * (89 + jw) < 71 THEN 'Décoration' WHEN rd * (89 + jw) < 80 THEN 'Rangement'
              WHEN rd * (89 + jw) < 89 THEN 'Luminaires' ELSE 'Jardin' END AS department
  FROM l2)
SELECT l3.customer_sk, l3.oid, l3.od, l3.channel, l3.shop, l3.country_code, l3.line_no, l3.lid,
       p.product_sk, p.list_price, p.category, p.is_bulky,
       CASE WHEN p.category = 'Chaises' THEN [1, 2, 2, 4, 4, 6][1 + floor(r(lid, 'q') * 6)::INT]
            WHEN p.list_price < 60 THEN 1 + floor(pow(r(lid, 'q'), 3) * 4)::INT ELSE 1 END AS quantity
FROM l3 JOIN stg.pick p ON p.department = l3.department AND p.idx = floor(r(l3.lid, 'prd') * p.cnt)::INT;

-- ---------------------------------------------------------------------------------------------------------------
-- the kitchen studio serving each store's customers
CREATE TABLE stg.studio_map AS
SELECT store_sk, CASE WHEN has_kitchen_studio THEN store_sk ELSE
         CASE store_code WHEN 'LYO1' THEN 6 WHEN 'AIX' THEN 7 WHEN 'RBX' THEN 9 WHEN 'NCE' THEN 7 WHEN 'RNS' THEN 13
           WHEN 'GNB' THEN 6 WHEN 'URO' THEN 3 WHEN 'RHE' THEN 4 WHEN 'DIJ' THEN 6 WHEN 'TUF' THEN 13 WHEN 'MZM' THEN 14
           WHEN 'CFE' THEN 6 WHEN 'ORL' THEN 3 WHEN 'CFR' THEN 3 WHEN 'TLN' THEN 7 WHEN 'TRY' THEN 4 WHEN 'NAM' THEN 31
           WHEN 'CRL' THEN 30 WHEN 'GNT' THEN 35 WHEN 'FRI' THEN 37 WHEN 'SIO' THEN 37 END END AS studio_sk
FROM dw.dim_store WHERE store_format <> 'WEB';

-- Kitchen projects: a design appointment in a store with a kitchen studio, a quote for most, a signature for about
-- a third of the quotes; quotes left unsigned long enough are marked lost. The installation is planned 5 to 12 weeks
-- after signing (often after as_of).
CREATE TABLE dw.fact_kitchen_project AS
WITH k AS (
  SELECT c.i AS customer_sk, c.i * 10 + n AS pid, c.stores, c.created
  FROM stg.cust c, range(0, 2) t(n)
  WHERE r(c.i, 'kit') < CASE WHEN c.housing_type = 'MAISON' THEN 0.19 ELSE 0.09 END
    AND (n = 0 OR r(c.i, 'kit2') < 0.08)),
k2 AS (
  SELECT k.*, m.studio_sk AS store_sk,
         greatest(k.created, DATE '2023-10-01') + floor(r(pid, 'ap') * (DATE '2026-09-30' - greatest(k.created, DATE '2023-10-01') + 1))::INT AS appt
  FROM k JOIN stg.studio_map m ON m.store_sk = k.stores[1]),
k3 AS (
  SELECT k2.*, appt + (2 + floor(r(pid, 'qd') * 20))::INT AS qd, r(pid, 'hasq') < 0.8 AS hasq,
         round(4000 + pow(r(pid, 'qa'), 1.7) * 19000, -1) AS qa
  FROM k2 WHERE store_sk IS NOT NULL),
k4 AS (
  SELECT k3.*, CASE WHEN hasq AND qd <= DATE '2026-09-30' THEN qd END AS quote_d,
         qd + (3 + floor(r(pid, 'sd') * 70))::INT AS sd, r(pid, 'sign') < 0.36 AS will_sign
  FROM k3),
k5 AS (
  SELECT k4.*, CASE WHEN quote_d IS NOT NULL AND will_sign AND sd <= DATE '2026-09-30' THEN sd END AS signed_d
  FROM k4)
SELECT pid::BIGINT AS project_id,
       'CU' || strftime(appt, '%y') || '-' || lpad(pid::VARCHAR, 7, '0') AS project_no,
       customer_sk::INTEGER AS customer_sk, store_sk::INTEGER AS store_sk,
       dkey(appt) AS appointment_date_key,
       CASE WHEN r(pid, 'ach') < 0.62 THEN 'MAGASIN' WHEN r(pid, 'ach') < 0.88 THEN 'VISIO' ELSE 'DOMICILE' END AS appointment_type,
       ['CONTEMPORAIN', 'SCANDINAVE', 'INDUSTRIEL', 'CLASSIQUE', 'CAMPAGNE'][1 + floor(r(pid, 'sty') * 5)::INT] AS kitchen_style,
       dkey(quote_d) AS quote_date_key,
       CASE WHEN quote_d IS NOT NULL THEN qa END::DECIMAL(12, 2) AS quote_amount,
       dkey(signed_d) AS signed_date_key,
       CASE WHEN signed_d IS NOT NULL THEN round(qa * (0.92 + r(pid, 'neg') * 0.12), 0) END::DECIMAL(12, 2) AS signed_amount,
       CASE WHEN signed_d IS NOT NULL THEN dkey(signed_d + (35 + floor(r(pid, 'inst') * 50))::INT) END AS installation_date_key,
       CASE WHEN signed_d IS NOT NULL THEN 'SIGNE'
            WHEN quote_d IS NULL THEN CASE WHEN appt < DATE '2026-06-30' AND r(pid, 'nq') < 0.7 THEN 'PERDU' ELSE 'RDV' END
            WHEN quote_d < DATE '2026-05-01' AND r(pid, 'lost') < 0.6 THEN 'PERDU'
            ELSE 'DEVIS' END AS project_status
FROM k5 ORDER BY appointment_date_key, project_id;

-- the signed kitchens are sold as an order (the kitchen, its installation) in the project's store on the signing day
INSERT INTO stg.line
SELECT p.customer_sk, 3000000000 + p.project_id, kdate(p.signed_date_key), 'MAG', p.store_sk, s.country_code, 1,
       (3000000000 + p.project_id) * 10 + 1,
       (SELECT min(product_sk) FROM dw.dim_product WHERE sold_by_project) + floor(r(p.project_id, 'kp') * 6)::INT,
       p.signed_amount, 'Cuisines équipées', true, 1
FROM dw.fact_kitchen_project p JOIN dw.dim_store s USING (store_sk) WHERE p.signed_date_key IS NOT NULL;
INSERT INTO stg.line
SELECT p.customer_sk, 3000000000 + p.project_id, kdate(p.signed_date_key), 'MAG', p.store_sk, s.country_code, 2,
       (3000000000 + p.project_id) * 10 + 2,
       (SELECT product_sk FROM dw.dim_product WHERE sub_category = 'Pose cuisine'),
       round(390 + r(p.project_id, 'pose') * 600, 0), 'Montage', false, 1
FROM dw.fact_kitchen_project p JOIN dw.dim_store s USING (store_sk)
WHERE p.signed_date_key IS NOT NULL AND r(p.project_id, 'posed') < 0.75;

-- delivery of ordinary orders holding a bulky item (web: always; store: often; click & collect: collected)
CREATE TABLE stg.deliv AS
WITH o AS (
  SELECT oid, any_value(customer_sk) AS customer_sk, any_value(od) AS od, any_value(channel) AS channel,
         any_value(shop) AS shop, any_value(country_code) AS country_code, max(line_no) AS nlines
  FROM stg.line WHERE oid < 3000000000 AND is_bulky GROUP BY oid)
SELECT o.*, r(oid, 'dprem') < 0.25 AS premium, r(oid, 'mont') < 0.3 AS assembly
FROM o WHERE customer_sk IS NOT NULL AND (channel = 'WEB' OR (channel = 'MAG' AND r(oid, 'dlv') < 0.55));

INSERT INTO stg.line
SELECT d.customer_sk, d.oid, d.od, d.channel, d.shop, d.country_code, 8, d.oid * 10 + 8, p.product_sk, p.list_price,
       'Livraison', false, 1
FROM stg.deliv d JOIN dw.dim_product p ON p.sub_category = CASE WHEN d.premium THEN 'Livraison premium' ELSE 'Livraison standard' END;
INSERT INTO stg.line
SELECT d.customer_sk, d.oid, d.od, d.channel, d.shop, d.country_code, 9, d.oid * 10 + 9,
       (SELECT product_sk FROM dw.dim_product WHERE sub_category = 'Montage meuble'),
       CASE WHEN r(d.oid, 'mp') < 0.6 THEN 79 ELSE 129 END, 'Montage', false, 1
FROM stg.deliv d WHERE d.assembly;

-- ---------------------------------------------------------------------------------------------------------------
-- Sales lines. Web orders are booked on the country's web shop; store and click & collect orders on the store.
-- Discounts: 20-50% on most lines during the sales and Black Friday week, a 10-15% coupon now and then otherwise.
CREATE TABLE dw.fact_sales AS
WITH l AS (
  SELECT l.*, dd.commercial_event,
         CASE WHEN l.category IN ('Cuisines équipées', 'Livraison', 'Montage') THEN 0
              WHEN dd.commercial_event IS NOT NULL AND r(l.lid, 'disc') < 0.65 THEN [0.2, 0.3, 0.3, 0.4, 0.5][1 + floor(r(l.lid, 'dp') * 5)::INT]
              WHEN r(l.lid, 'disc') < 0.12 THEN CASE WHEN r(l.lid, 'dp') < 0.6 THEN 0.1 ELSE 0.15 END
              ELSE 0 END AS pct
  FROM stg.line l JOIN dw.dim_date dd ON dd.full_date = l.od)
SELECT row_number() OVER (ORDER BY od, oid, line_no)::BIGINT AS sales_line_id,
       oid::BIGINT AS order_no, line_no::SMALLINT AS line_no,
       dkey(od) AS date_key, customer_sk::INTEGER AS customer_sk,
       (CASE WHEN channel = 'WEB' THEN CASE country_code WHEN 'FR' THEN 41 WHEN 'BE' THEN 42 ELSE 43 END ELSE shop END)::INTEGER AS store_sk,
       product_sk::INTEGER AS product_sk, channel AS channel_code,
       quantity::SMALLINT AS quantity,
       round(list_price * quantity, 2)::DECIMAL(12, 2) AS gross_amount,
       round(list_price * quantity * pct, 2)::DECIMAL(12, 2) AS discount_amount,
       (round(list_price * quantity, 2) - round(list_price * quantity * pct, 2))::DECIMAL(12, 2) AS net_amount
FROM l ORDER BY od, oid, line_no;

-- ---------------------------------------------------------------------------------------------------------------
-- Deliveries: one per delivered order (and per signed kitchen: its installation). Scheduled 4 to 45 days after the
-- order (kitchens: the installation day), so orders of the last weeks are scheduled after as_of.
CREATE TABLE dw.fact_delivery AS
WITH d AS (
  SELECT oid, customer_sk, od, CASE WHEN channel = 'WEB' THEN CASE country_code WHEN 'FR' THEN 41 WHEN 'BE' THEN 42 ELSE 43 END ELSE shop END AS store_sk,
         CASE WHEN premium THEN 'PREMIUM' ELSE 'STANDARD' END AS delivery_type, assembly,
         od + (4 + floor(pow(r(oid, 'lead'), 1.4) * 41))::INT AS sched,
         CASE WHEN premium THEN 89 ELSE 49 END AS fee
  FROM stg.deliv
  UNION ALL
  SELECT 3000000000 + project_id, customer_sk, kdate(signed_date_key), store_sk, 'CUISINE', true,
         kdate(installation_date_key), 0
  FROM dw.fact_kitchen_project WHERE signed_date_key IS NOT NULL),
d2 AS (SELECT d.*, r(oid, 'dst') AS rs FROM d)
SELECT row_number() OVER (ORDER BY sched, oid)::BIGINT AS delivery_id, oid::BIGINT AS order_no,
       customer_sk::INTEGER AS customer_sk, store_sk::INTEGER AS store_sk,
       dkey(od) AS order_date_key, dkey(sched) AS scheduled_date_key,
       CASE WHEN sched > DATE '2026-09-30' OR rs >= 0.95 THEN NULL
            WHEN rs < 0.86 THEN dkey(sched)
            ELSE dkey(least(DATE '2026-09-30', sched + (1 + floor(r(oid, 'late') * 6))::INT)) END AS delivered_date_key,
       CASE WHEN sched > DATE '2026-09-30' THEN CASE WHEN r(oid, 'conf') < 0.6 THEN 'PLANIFIEE' ELSE 'CONFIRMEE' END
            WHEN sched = DATE '2026-09-30' AND rs < 0.95 THEN 'EN_COURS'
            WHEN rs < 0.95 THEN 'LIVREE'
            WHEN rs < 0.98 THEN 'ECHEC' ELSE 'ANNULEE' END AS delivery_status,
       delivery_type, assembly AS with_assembly,
       CASE WHEN r(oid, 'slot') < 0.55 THEN 'MATIN' ELSE 'APRES_MIDI' END AS time_slot,
       fee::DECIMAL(8, 2) AS delivery_fee
FROM d2 ORDER BY sched, oid;
UPDATE dw.fact_delivery SET delivered_date_key = NULL WHERE delivery_status = 'EN_COURS';

-- ---------------------------------------------------------------------------------------------------------------
-- Returns: about one line in twenty (more on the web), within 60 days, never after as_of.
CREATE TABLE dw.fact_return AS
WITH l AS (
  SELECT f.*, p.is_bulky, p.category
  FROM dw.fact_sales f JOIN dw.dim_product p USING (product_sk)
  WHERE p.department <> 'Services' AND NOT p.sold_by_project
    AND r(f.sales_line_id, 'ret') < CASE WHEN f.channel_code = 'WEB' THEN 0.085 ELSE 0.04 END),
l2 AS (SELECT l.*, kdate(date_key) + (1 + floor(pow(r(sales_line_id, 'rd'), 1.8) * 60))::INT AS rdate,
              r(sales_line_id, 'rr') AS rr FROM l)
SELECT row_number() OVER (ORDER BY rdate, sales_line_id)::BIGINT AS return_id, sales_line_id, order_no,
       customer_sk, store_sk,
       product_sk, dkey(rdate) AS return_date_key, quantity, net_amount AS refund_amount,
       CASE WHEN is_bulky AND rr < 0.3 THEN 'CASSE' WHEN rr < 0.5 THEN 'DEFAUT' WHEN rr < 0.72 THEN 'NON_CONFORME'
            ELSE 'CHANGEMENT_AVIS' END AS return_reason,
       CASE WHEN is_bulky AND r(sales_line_id, 'rm') < 0.7 THEN 'ENLEVEMENT' ELSE 'MAGASIN' END AS return_mode
FROM l2 WHERE rdate <= DATE '2026-09-30' ORDER BY rdate, sales_line_id;

-- ---------------------------------------------------------------------------------------------------------------
-- Customer-service tickets: failed or late deliveries, defects and breakages, kitchen installations, and questions.
CREATE TABLE dw.fact_service_ticket AS
WITH t AS (
  SELECT customer_sk, order_no, kdate(scheduled_date_key) + floor(r(delivery_id, 'tk') * 3)::INT AS created, 'LIVRAISON' AS topic, delivery_id AS seed
  FROM dw.fact_delivery
  WHERE scheduled_date_key <= 20260930
    AND (delivery_status IN ('ECHEC', 'ANNULEE') OR delivered_date_key > scheduled_date_key) AND r(delivery_id, 'tkp') < 0.7
  UNION ALL
  SELECT customer_sk, order_no, kdate(return_date_key) - floor(r(return_id, 'tk') * 4)::INT, 'SAV', return_id + 10000000
  FROM dw.fact_return WHERE customer_sk IS NOT NULL AND return_reason IN ('DEFAUT', 'CASSE') AND r(return_id, 'tkp') < 0.5
  UNION ALL
  SELECT customer_sk, 3000000000 + project_id, kdate(installation_date_key) + (1 + floor(r(project_id, 'tk') * 20))::INT, 'MONTAGE', project_id + 20000000
  FROM dw.fact_kitchen_project WHERE installation_date_key <= 20260901 AND r(project_id, 'tkp') < 0.3
  UNION ALL
  SELECT i, NULL, start_d + floor(r(i * 10 + n, 'tkd') * (DATE '2026-09-30' - start_d + 1))::INT,
         ['INFO_PRODUIT', 'INFO_PRODUIT', 'FACTURATION', 'CARTE_FIDELITE', 'AUTRE'][1 + floor(r(i * 10 + n, 'tt') * 5)::INT],
         i * 10 + n + 30000000
  FROM stg.cust, range(0, 2) t(n) WHERE r(i * 10 + n, 'tq') < 0.13),
t2 AS (SELECT t.*, r(seed, 'tst') AS rs FROM t WHERE created <= DATE '2026-09-30')
SELECT row_number() OVER (ORDER BY created, seed)::BIGINT AS ticket_id, customer_sk::INTEGER AS customer_sk,
       order_no::BIGINT AS order_no, dkey(created) AS created_date_key,
       CASE WHEN r(seed, 'tch') < 0.42 THEN 'TELEPHONE' WHEN r(seed, 'tch') < 0.7 THEN 'EMAIL'
            WHEN r(seed, 'tch') < 0.88 THEN 'CHAT' ELSE 'MAGASIN' END AS contact_channel,
       topic,
       CASE WHEN created > DATE '2026-09-20' THEN CASE WHEN rs < 0.5 THEN 'OUVERT' WHEN rs < 0.75 THEN 'EN_ATTENTE' ELSE 'CLOS' END
            WHEN rs < 0.03 THEN 'OUVERT' WHEN rs < 0.07 THEN 'EN_ATTENTE' ELSE 'CLOS' END AS ticket_status,
       CASE WHEN created > DATE '2026-09-20' AND rs < 0.75 THEN NULL WHEN rs < 0.07 THEN NULL
            ELSE dkey(least(DATE '2026-09-30', created + floor(pow(r(seed, 'tcl'), 2) * 25)::INT)) END AS closed_date_key,
       CASE WHEN (created > DATE '2026-09-20' AND rs < 0.75) OR rs < 0.07 OR r(seed, 'sat') < 0.45 THEN NULL
            WHEN topic IN ('LIVRAISON', 'SAV') THEN 1 + floor(pow(r(seed, 'sc'), 1.3) * 5)::INT
            ELSE 1 + floor(pow(r(seed, 'sc'), 0.5) * 5)::INT END::SMALLINT AS satisfaction_score
FROM t2 ORDER BY created, seed;

-- ---------------------------------------------------------------------------------------------------------------
-- Loyalty tier (card holders only), reviewed on the last 12 months' spend: ESSENTIEL, CONFORT (>= 700 EUR),
-- PRESTIGE (>= 2,500 EUR); the card says the tier of the last review, so a few are off.
UPDATE dw.dim_customer c SET loyalty_tier = CASE
    WHEN coalesce(s.spend, 0) >= 2500 AND r(c.customer_sk, 'tier') < 0.85 THEN 'PRESTIGE'
    WHEN coalesce(s.spend, 0) >= 700 AND r(c.customer_sk, 'tier') < 0.85 THEN 'CONFORT'
    WHEN r(c.customer_sk, 'tier') < 0.05 THEN 'CONFORT'
    ELSE 'ESSENTIEL' END
FROM (SELECT c2.customer_sk, sum(f.net_amount) AS spend
      FROM dw.dim_customer c2 LEFT JOIN dw.fact_sales f ON f.customer_sk = c2.customer_sk AND f.date_key >= 20250930
      GROUP BY c2.customer_sk) s
WHERE s.customer_sk = c.customer_sk AND c.card_join_date_key IS NOT NULL;

-- ---------------------------------------------------------------------------------------------------------------
-- Campaign tool (keyed by the CRM customer number): consent per channel, do-not-contact list, campaigns, messages.
CREATE TABLE crm.consent AS
SELECT c.customer_no, ch.channel,
       CASE WHEN ch.channel = 'EMAIL' AND c.email IS NULL THEN false
            WHEN ch.channel = 'SMS' AND c.mobile_phone IS NULL THEN false
            ELSE r(c.customer_sk, 'co' || ch.channel) < ch.p END AS opt_in,
       least(DATE '2026-09-30', kdate(c.created_date_key) + floor(r(c.customer_sk, 'cd' || ch.channel) * 1500)::INT) AS consent_date,
       CASE WHEN r(c.customer_sk, 'cs' || ch.channel) < 0.5 THEN 'MAGASIN' WHEN r(c.customer_sk, 'cs' || ch.channel) < 0.9 THEN 'WEB'
            ELSE 'SERVICE_CLIENT' END AS source
FROM dw.dim_customer c CROSS JOIN (VALUES ('EMAIL', 0.74), ('SMS', 0.42), ('COURRIER', 0.88)) ch(channel, p)
WHERE r(c.customer_sk, 'cx' || ch.channel) < 0.9;

CREATE TABLE crm.do_not_contact AS
SELECT customer_no,
       ['OPPOSITION_RGPD', 'OPPOSITION_RGPD', 'OPPOSITION_RGPD', 'PLAINTE', 'PLAINTE', 'DECES', 'FRAUDE'][1 + floor(r(customer_sk, 'dr') * 7)::INT] AS reason,
       DATE '2026-09-30' - floor(r(customer_sk, 'dd') * 1000)::INT AS added_date
FROM dw.dim_customer WHERE r(customer_sk, 'dnc') < 0.028;

-- campaigns over two years: e-mail every 5 days, SMS every 14 days, the postal catalogues
CREATE TABLE crm.campaign AS
WITH e AS (
  SELECT 'EMAIL' AS channel, DATE '2024-10-02' + (n * 5)::INT AS d, n FROM range(0, 146) t(n)
  UNION ALL SELECT 'SMS', DATE '2024-10-04' + (n * 14)::INT, n + 500 FROM range(0, 52) t(n)
  UNION ALL SELECT 'COURRIER', d, n FROM (VALUES (DATE '2025-03-03', 900), (DATE '2025-05-19', 901), (DATE '2025-09-01', 902),
                                                 (DATE '2026-03-02', 903), (DATE '2026-05-18', 904), (DATE '2026-09-07', 905)) v(d, n)),
e2 AS (
  SELECT e.*, dd.commercial_event,
         CASE WHEN e.channel = 'COURRIER' THEN CASE WHEN n IN (901, 904) THEN 'RELANCE_DEVIS' ELSE 'CATALOGUE' END
              WHEN dd.commercial_event IN ('SOLDES_HIVER', 'SOLDES_ETE') THEN 'SOLDES'
              WHEN dd.commercial_event = 'BLACK_FRIDAY' THEN 'BLACK_FRIDAY'
              WHEN e.channel = 'SMS' THEN ['PROMO', 'PROMO', 'FIDELITE', 'VENTE_PRIVEE'][1 + floor(r(n, 'sob') * 4)::INT]
              ELSE ['NEWSLETTER', 'NEWSLETTER', 'NEWSLETTER', 'PROMO', 'PROMO', 'FIDELITE', 'REACTIVATION', 'RELANCE_DEVIS',
                    'VENTE_PRIVEE'][1 + floor(r(n, 'eob') * 9)::INT] END AS objective
  FROM e JOIN dw.dim_date dd ON dd.full_date = e.d)
SELECT row_number() OVER (ORDER BY d, channel)::INTEGER AS campaign_id,
       'CP' || strftime(d, '%y%m%d') || '-' || left(channel, 1) AS campaign_code,
       CASE objective
         WHEN 'NEWSLETTER' THEN 'La Lettre Maisonnée ' || strftime(d, '%d/%m/%Y')
         WHEN 'PROMO' THEN ['Semaine du salon', 'Spécial literie', 'Jours Jardin', 'Rentrée maison', 'Spécial déco',
                            'Les indispensables cuisine'][1 + floor(r(n, 'pn') * 6)::INT] || ' ' || strftime(d, '%m/%Y')
         WHEN 'SOLDES' THEN CASE WHEN month(d) <= 2 THEN 'Soldes d''hiver ' ELSE 'Soldes d''été ' END || year(d)
         WHEN 'BLACK_FRIDAY' THEN 'Black Friday ' || year(d)
         WHEN 'FIDELITE' THEN 'Carte Maisonnée : vos avantages ' || strftime(d, '%m/%Y')
         WHEN 'REACTIVATION' THEN 'Vous nous avez manqué ' || strftime(d, '%m/%Y')
         WHEN 'RELANCE_DEVIS' THEN CASE WHEN channel = 'COURRIER' THEN 'Guide Cuisine ' || year(d) ELSE 'Votre projet cuisine ' || strftime(d, '%m/%Y') END
         WHEN 'VENTE_PRIVEE' THEN 'Vente privée porteurs de carte ' || strftime(d, '%m/%Y')
         ELSE CASE WHEN month(d) = 3 THEN 'Catalogue Jardin ' || year(d) ELSE 'Catalogue Maison ' || year(d) || '-' || (year(d) + 1) % 100 END
       END AS campaign_name,
       channel, objective, d AS launch_date, n AS seed
FROM e2 ORDER BY d, channel;

CREATE TABLE crm.campaign_message AS
WITH cu AS (
  SELECT c.customer_sk, c.customer_no, c.email, c.mobile_phone, c.card_join_date_key, c.created_date_key, c.housing_type,
         sc.eng, sc.end_d,
         em.opt_in AS em_in, em.consent_date AS em_d, sm.opt_in AS sm_in, sm.consent_date AS sm_d,
         po.opt_in AS po_in, dnc.added_date AS dnc_d
  FROM dw.dim_customer c JOIN stg.cust sc ON sc.i = c.customer_sk
  LEFT JOIN crm.consent em ON em.customer_no = c.customer_no AND em.channel = 'EMAIL'
  LEFT JOIN crm.consent sm ON sm.customer_no = c.customer_no AND sm.channel = 'SMS'
  LEFT JOIN crm.consent po ON po.customer_no = c.customer_no AND po.channel = 'COURRIER'
  LEFT JOIN crm.do_not_contact dnc ON dnc.customer_no = c.customer_no),
pend AS (   -- customers with a kitchen quote still open (quoted, neither signed nor lost yet) on a day
  SELECT customer_sk, kdate(quote_date_key) AS qd, coalesce(kdate(signed_date_key), kdate(quote_date_key) + 150) AS until_d
  FROM dw.fact_kitchen_project WHERE quote_date_key IS NOT NULL),
m AS (
  SELECT k.campaign_id, k.channel, k.objective, k.launch_date, cu.*,
         k.campaign_id::BIGINT * 100000 + cu.customer_sk AS mid
  FROM crm.campaign k JOIN cu ON cu.created_date_key <= dkey(k.launch_date)
  WHERE (cu.dnc_d IS NULL OR cu.dnc_d > k.launch_date)
    AND CASE k.channel
          WHEN 'EMAIL' THEN cu.email IS NOT NULL AND (cu.em_in OR (cu.em_in = false AND cu.em_d > k.launch_date))
          WHEN 'SMS' THEN cu.mobile_phone IS NOT NULL AND (cu.sm_in OR (cu.sm_in = false AND cu.sm_d > k.launch_date))
          ELSE cu.card_join_date_key IS NOT NULL AND coalesce(cu.po_in, false) END
    AND CASE k.objective
          WHEN 'RELANCE_DEVIS' THEN EXISTS (SELECT 1 FROM pend WHERE pend.customer_sk = cu.customer_sk
                                                                 AND k.launch_date BETWEEN pend.qd AND pend.until_d)
          WHEN 'REACTIVATION' THEN cu.end_d < k.launch_date - 300 AND r(k.campaign_id * 100000 + cu.customer_sk, 'tg') < 0.8
          WHEN 'CATALOGUE' THEN r(k.campaign_id * 100000 + cu.customer_sk, 'tg') < CASE WHEN cu.housing_type = 'MAISON' THEN 0.9 ELSE 0.45 END
          WHEN 'VENTE_PRIVEE' THEN cu.card_join_date_key IS NOT NULL AND r(k.campaign_id * 100000 + cu.customer_sk, 'tg') < 0.2 + 0.6 * cu.eng
          ELSE r(k.campaign_id * 100000 + cu.customer_sk, 'tg') < CASE WHEN k.channel = 'SMS' THEN 0.1 + 0.4 * cu.eng ELSE 0.15 + 0.75 * cu.eng END
        END),
m2 AS (
  SELECT m.*, launch_date + INTERVAL (8 * 60 + floor(r(mid, 'sh') * 600)::INT) MINUTE
              + INTERVAL (CASE WHEN channel = 'COURRIER' THEN floor(r(mid, 'pd') * 3)::INT ELSE 0 END) DAY AS sent,
         channel = 'EMAIL' AND r(mid, 'bo') < 0.015 AS bounced,
         r(mid, 'op') AS ro
  FROM m)
SELECT mid AS message_id, campaign_id, customer_no, channel, sent AS sent_at,
       CASE WHEN channel = 'EMAIL' AND NOT bounced AND ro < 0.06 + 0.5 * eng
                 AND sent + INTERVAL (floor(pow(r(mid, 'ot'), 3) * 4000)::INT) MINUTE < TIMESTAMP '2026-10-01 00:00:00'
            THEN sent + INTERVAL (floor(pow(r(mid, 'ot'), 3) * 4000)::INT) MINUTE END AS opened_at,
       CASE WHEN NOT bounced AND channel <> 'COURRIER'
                 AND ((channel = 'EMAIL' AND ro < (0.06 + 0.5 * eng) * 0.28) OR (channel = 'SMS' AND ro < 0.02 + 0.08 * eng))
                 AND sent + INTERVAL (floor(pow(r(mid, 'ot'), 3) * 4000)::INT + 1 + floor(r(mid, 'ct') * 30)::INT) MINUTE < TIMESTAMP '2026-10-01 00:00:00'
            THEN sent + INTERVAL (floor(pow(r(mid, 'ot'), 3) * 4000)::INT + 1 + floor(r(mid, 'ct') * 30)::INT) MINUTE END AS clicked_at,
       bounced,
       channel <> 'COURRIER' AND NOT bounced AND r(mid, 'un') < 0.003 AS unsubscribed
FROM m2 ORDER BY sent, mid;

-- ---------------------------------------------------------------------------------------------------------------
-- Data-science scores (one row per customer, the latest weekly scoring): churn risk from recency and frequency,
-- the propensity to start a kitchen project, the predicted favourite department.
CREATE TABLE ds.customer_score AS
WITH dep AS (
  SELECT f.customer_sk, p.department, count(*) AS n
  FROM dw.fact_sales f JOIN dw.dim_product p ON p.product_sk = f.product_sk
  WHERE f.customer_sk IS NOT NULL AND p.department <> 'Services' GROUP BY ALL),
top AS (
  SELECT customer_sk, department FROM (
    SELECT dep.*, row_number() OVER (PARTITION BY customer_sk ORDER BY n DESC, department) AS rn FROM dep) WHERE rn = 1),
s AS (
  SELECT c.customer_sk, c.customer_no, c.housing_type, c.household_size, c.address_since_date_key,
         max(f.date_key) AS last_key, count(DISTINCT f.order_no) AS n_orders, any_value(t.department) AS top_dep
  FROM dw.dim_customer c LEFT JOIN dw.fact_sales f ON f.customer_sk = c.customer_sk
  LEFT JOIN top t ON t.customer_sk = c.customer_sk
  GROUP BY ALL)
SELECT customer_no, DATE '2026-09-28' AS score_date,
       round(least(0.99, greatest(0.01,
         CASE WHEN last_key IS NULL THEN 0.45 + 0.3 * r(customer_sk, 'ch1')
              ELSE 0.08 + 0.8 * least(1.0, (DATE '2026-09-30' - kdate(last_key)) / 700.0) - 0.02 * least(n_orders, 8)
                   + 0.2 * (r(customer_sk, 'ch1') - 0.5) END)), 3) AS churn_score,
       round(least(0.99, greatest(0.01, 0.05 + 0.25 * (housing_type = 'MAISON')::INT + 0.04 * least(household_size, 4)
                                   + 0.25 * (address_since_date_key >= 20250930)::INT + 0.3 * r(customer_sk, 'kp1'))), 3) AS kitchen_propensity,
       coalesce(top_dep, ['Salon', 'Chambre', 'Décoration', 'Cuisine', 'Jardin'][1 + floor(r(customer_sk, 'td') * 5)::INT]) AS favourite_department
FROM s ORDER BY customer_no;

ALTER TABLE dw.dim_customer ADD PRIMARY KEY (customer_no);
CREATE UNIQUE INDEX dim_customer_sk ON dw.dim_customer (customer_sk);
ALTER TABLE dw.dim_date ADD PRIMARY KEY (date_key);
ALTER TABLE dw.dim_store ADD PRIMARY KEY (store_sk);
ALTER TABLE dw.dim_product ADD PRIMARY KEY (product_sk);
ALTER TABLE crm.campaign DROP COLUMN seed;
ALTER TABLE crm.campaign ADD PRIMARY KEY (campaign_id);
DROP SCHEMA stg CASCADE;
DROP MACRO kdate;
DROP MACRO dkey;
DROP MACRO r;
