-- The Voyelle warehouse: a tour operator and travel agency (package holidays, flight + hotel, cruises, city breaks,
-- guided tours) selling in France, Belgium, Switzerland and Quebec, online, through a call centre and 30 agencies.
-- 12,500 customers (account holders: the person who books and pays), three years of bookings up to as_of
-- 2026-09-30, and confirmed departures up to twelve months after it. One schema per source system:
--   crm    the customer system (accounts, loyalty programme "Club Voyelle" with tier codes CL1-CL4);
--   resa   the booking back-office (booking files "dossiers", their add-ons, quotes, destinations, agencies);
--   fin    payments (deposits, balances, refunds);
--   satis  the post-trip satisfaction survey (NPS question 0-10, overall 1-5);
--   web    on-site search (13 months kept, as the CNIL allows for analytics);
--   mkt    the campaign tool (campaigns, sends, opens, clicks), consent per channel and the "repoussoir"
--          (the do-not-contact list);
--   ds     data-science scores, recomputed every Sunday.
-- Code columns (statut_cd, produit_cd, canal_cd, pension_cd, courrier_cd, option_cd, fidelite_cd, motif_cd, ...)
-- mean something only through the catalog (schema_catalog/catalogs/travel.yaml).
-- Deterministic: every draw is a hash of a key and a salt (no random()). Runs on an empty in-memory DuckDB.
-- Blind set: evals/travel/
CREATE MACRO r(k, s) AS ((hash(k, s, 62) % 1000003)::DOUBLE / 1000003.0);
CREATE SCHEMA meta; CREATE SCHEMA crm; CREATE SCHEMA resa; CREATE SCHEMA fin; CREATE SCHEMA satis;
CREATE SCHEMA web; CREATE SCHEMA mkt; CREATE SCHEMA ds;
CREATE TABLE meta.warehouse AS SELECT DATE '2026-09-30' AS as_of;

-- ------------------------------------------------------------------------------------------------------------
-- Reference data of the back-office
-- ------------------------------------------------------------------------------------------------------------
-- 30 agencies: 20 in France, 4 in Belgium, 3 in Switzerland (French-speaking), 3 in Quebec
CREATE TABLE resa.ref_agence AS
SELECT * FROM (VALUES
  (1, 'A01', 'Voyelle Paris Opéra', 'Paris', 'FR'), (2, 'A02', 'Voyelle Paris Bastille', 'Paris', 'FR'),
  (3, 'A03', 'Voyelle Paris Montparnasse', 'Paris', 'FR'), (4, 'A04', 'Voyelle Boulogne', 'Boulogne-Billancourt', 'FR'),
  (5, 'A05', 'Voyelle Versailles', 'Versailles', 'FR'), (6, 'A06', 'Voyelle Lyon Bellecour', 'Lyon', 'FR'),
  (7, 'A07', 'Voyelle Lyon Part-Dieu', 'Lyon', 'FR'), (8, 'A08', 'Voyelle Grenoble', 'Grenoble', 'FR'),
  (9, 'A09', 'Voyelle Marseille Prado', 'Marseille', 'FR'), (10, 'A10', 'Voyelle Nice Masséna', 'Nice', 'FR'),
  (11, 'A11', 'Voyelle Toulouse Capitole', 'Toulouse', 'FR'), (12, 'A12', 'Voyelle Montpellier Comédie', 'Montpellier', 'FR'),
  (13, 'A13', 'Voyelle Bordeaux Intendance', 'Bordeaux', 'FR'), (14, 'A14', 'Voyelle Lille Grand-Place', 'Lille', 'FR'),
  (15, 'A15', 'Voyelle Nantes Graslin', 'Nantes', 'FR'), (16, 'A16', 'Voyelle Rennes République', 'Rennes', 'FR'),
  (17, 'A17', 'Voyelle Strasbourg Kléber', 'Strasbourg', 'FR'), (18, 'A18', 'Voyelle Rouen', 'Rouen', 'FR'),
  (19, 'A19', 'Voyelle Dijon', 'Dijon', 'FR'), (20, 'A20', 'Voyelle Tours', 'Tours', 'FR'),
  (21, 'B01', 'Voyelle Bruxelles Louise', 'Bruxelles', 'BE'), (22, 'B02', 'Voyelle Uccle', 'Bruxelles', 'BE'),
  (23, 'B03', 'Voyelle Liège', 'Liège', 'BE'), (24, 'B04', 'Voyelle Namur', 'Namur', 'BE'),
  (25, 'S01', 'Voyelle Genève Rive', 'Genève', 'CH'), (26, 'S02', 'Voyelle Lausanne Flon', 'Lausanne', 'CH'),
  (27, 'S03', 'Voyelle Neuchâtel', 'Neuchâtel', 'CH'),
  (28, 'Q01', 'Voyelle Montréal Plateau', 'Montréal', 'CA'), (29, 'Q02', 'Voyelle Laval', 'Laval', 'CA'),
  (30, 'Q03', 'Voyelle Québec Saint-Roch', 'Québec', 'CA'))
  AS a(agence_id, agence_cd, agence_nom, ville, pays_cd);

-- Destinations sold. zone_cd: MED Mediterranean & southern Europe (Canaries included), EUR rest of Europe,
-- FRA France, AFN North Africa & Egypt, AMN North America, CAR Caribbean & Mexico, OIN Indian Ocean, ASI Asia,
-- AFR sub-Saharan Africa & Cape Verde, PAC Pacific. type_dest_cd: VIL city, BAL beach & sun, DEC discovery
-- (touring), CRO cruise area. pays_cd is the ISO code of the destination (French overseas departments have
-- their own: GP, MQ, RE, PF); null for a cruise across several countries.
-- w_eu / w_ca: how often the European / the Quebec market buys it (generator only, dropped below);
-- h_eu / h_ca: the flight's haul from each market (CC short < 3 h, MC medium 3-6 h, LC long > 6 h).
CREATE TABLE resa.ref_destination AS
SELECT * FROM (VALUES
  (1, 'PMI', 'Majorque', 'ES', 'MED', 'BAL', 5.0, 0.2, 'CC', 'LC'),
  (2, 'TFS', 'Tenerife (Canaries)', 'ES', 'MED', 'BAL', 4.0, 0.2, 'MC', 'LC'),
  (3, 'BCN', 'Barcelone', 'ES', 'MED', 'VIL', 4.0, 1.0, 'CC', 'LC'),
  (4, 'AGP', 'Andalousie', 'ES', 'MED', 'BAL', 3.0, 0.3, 'CC', 'LC'),
  (5, 'LIS', 'Lisbonne', 'PT', 'MED', 'VIL', 3.0, 1.0, 'CC', 'LC'),
  (6, 'FAO', 'Algarve', 'PT', 'MED', 'BAL', 2.0, 0.2, 'CC', 'LC'),
  (7, 'FNC', 'Madère', 'PT', 'MED', 'DEC', 1.5, 0.2, 'MC', 'LC'),
  (8, 'FCO', 'Rome', 'IT', 'MED', 'VIL', 4.0, 1.5, 'CC', 'LC'),
  (9, 'PMO', 'Sicile', 'IT', 'MED', 'DEC', 2.5, 0.3, 'CC', 'LC'),
  (10, 'VCE', 'Venise', 'IT', 'MED', 'VIL', 2.0, 0.8, 'CC', 'LC'),
  (11, 'HER', 'Crète', 'GR', 'MED', 'BAL', 4.0, 0.3, 'MC', 'LC'),
  (12, 'JTR', 'Santorin et Cyclades', 'GR', 'MED', 'BAL', 2.5, 0.5, 'MC', 'LC'),
  (13, 'ATH', 'Athènes', 'GR', 'MED', 'VIL', 1.0, 0.5, 'MC', 'LC'),
  (14, 'DBV', 'Croatie (Dubrovnik)', 'HR', 'MED', 'DEC', 2.0, 0.3, 'CC', 'LC'),
  (15, 'MLA', 'Malte', 'MT', 'MED', 'BAL', 1.5, 0.1, 'CC', 'LC'),
  (16, 'AYT', 'Antalya', 'TR', 'MED', 'BAL', 3.0, 0.1, 'MC', 'LC'),
  (17, 'RAK', 'Marrakech', 'MA', 'AFN', 'VIL', 3.0, 0.5, 'CC', 'LC'),
  (18, 'AGA', 'Agadir', 'MA', 'AFN', 'BAL', 2.0, 0.1, 'MC', 'LC'),
  (19, 'DJE', 'Djerba', 'TN', 'AFN', 'BAL', 3.0, 0.1, 'CC', 'LC'),
  (20, 'HRG', 'Hurghada (mer Rouge)', 'EG', 'AFN', 'BAL', 2.5, 0.1, 'MC', 'LC'),
  (21, 'LXR', 'Louxor et la vallée du Nil', 'EG', 'AFN', 'DEC', 1.5, 0.2, 'MC', 'LC'),
  (22, 'AJA', 'Corse', 'FR', 'FRA', 'BAL', 3.0, 0.1, 'CC', 'LC'),
  (23, 'PAR', 'Paris', 'FR', 'FRA', 'VIL', 0.4, 4.0, 'CC', 'LC'),
  (24, 'LON', 'Londres', 'GB', 'EUR', 'VIL', 3.0, 1.0, 'CC', 'LC'),
  (25, 'AMS', 'Amsterdam', 'NL', 'EUR', 'VIL', 2.5, 0.5, 'CC', 'LC'),
  (26, 'PRG', 'Prague', 'CZ', 'EUR', 'VIL', 2.0, 0.3, 'CC', 'LC'),
  (27, 'BUD', 'Budapest', 'HU', 'EUR', 'VIL', 1.5, 0.2, 'CC', 'LC'),
  (28, 'VIE', 'Vienne', 'AT', 'EUR', 'VIL', 1.5, 0.2, 'CC', 'LC'),
  (29, 'DUB', 'Dublin', 'IE', 'EUR', 'VIL', 1.5, 0.3, 'CC', 'LC'),
  (30, 'KEF', 'Islande', 'IS', 'EUR', 'DEC', 1.5, 0.3, 'MC', 'MC'),
  (31, 'EDI', 'Écosse', 'GB', 'EUR', 'DEC', 1.0, 0.2, 'CC', 'LC'),
  (32, 'NYC', 'New York', 'US', 'AMN', 'VIL', 3.0, 3.0, 'LC', 'CC'),
  (33, 'MIA', 'Floride', 'US', 'AMN', 'BAL', 1.5, 5.0, 'LC', 'MC'),
  (34, 'LAS', 'Ouest américain', 'US', 'AMN', 'DEC', 1.5, 1.0, 'LC', 'MC'),
  (35, 'YUL', 'Québec et Montréal', 'CA', 'AMN', 'DEC', 2.0, 0.3, 'LC', 'CC'),
  (36, 'PUJ', 'Punta Cana', 'DO', 'CAR', 'BAL', 2.0, 6.0, 'LC', 'MC'),
  (37, 'CUN', 'Cancún et Riviera Maya', 'MX', 'CAR', 'BAL', 2.0, 6.0, 'LC', 'MC'),
  (38, 'VRA', 'Cuba (Varadero)', 'CU', 'CAR', 'BAL', 1.0, 5.0, 'LC', 'MC'),
  (39, 'PTP', 'Guadeloupe', 'GP', 'CAR', 'BAL', 2.0, 0.5, 'LC', 'MC'),
  (40, 'FDF', 'Martinique', 'MQ', 'CAR', 'BAL', 1.5, 0.5, 'LC', 'MC'),
  (41, 'RUN', 'La Réunion', 'RE', 'OIN', 'DEC', 1.5, 0.1, 'LC', 'LC'),
  (42, 'MRU', 'Île Maurice', 'MU', 'OIN', 'BAL', 2.0, 0.3, 'LC', 'LC'),
  (43, 'MLE', 'Maldives', 'MV', 'OIN', 'BAL', 1.0, 0.3, 'LC', 'LC'),
  (44, 'BKK', 'Thaïlande', 'TH', 'ASI', 'DEC', 2.0, 0.6, 'LC', 'LC'),
  (45, 'SGN', 'Vietnam', 'VN', 'ASI', 'DEC', 1.5, 0.5, 'LC', 'LC'),
  (46, 'DPS', 'Bali', 'ID', 'ASI', 'BAL', 1.0, 0.4, 'LC', 'LC'),
  (47, 'TYO', 'Japon', 'JP', 'ASI', 'DEC', 1.2, 0.6, 'LC', 'LC'),
  (48, 'ZNZ', 'Tanzanie et Zanzibar', 'TZ', 'AFR', 'DEC', 1.0, 0.1, 'LC', 'LC'),
  (49, 'SID', 'Cap-Vert', 'CV', 'AFR', 'BAL', 1.5, 0.1, 'MC', 'LC'),
  (50, 'PPT', 'Polynésie', 'PF', 'PAC', 'BAL', 0.4, 0.1, 'LC', 'LC'),
  (51, 'CRMED', 'Croisière en Méditerranée', NULL, 'MED', 'CRO', 3.0, 1.0, 'CC', 'LC'),
  (52, 'CRFJD', 'Croisière fjords de Norvège', 'NO', 'EUR', 'CRO', 1.5, 0.3, 'CC', 'LC'),
  (53, 'CRCAR', 'Croisière aux Caraïbes', NULL, 'CAR', 'CRO', 1.0, 3.0, 'LC', 'MC'),
  (54, 'CRNIL', 'Croisière sur le Nil', 'EG', 'AFN', 'CRO', 1.0, 0.2, 'MC', 'LC'),
  (55, 'CRSTL', 'Croisière sur le Saint-Laurent', 'CA', 'AMN', 'CRO', 0.3, 1.5, 'LC', 'CC'))
  AS d(dest_id, dest_cd, dest_libelle, pays_cd, zone_cd, type_dest_cd, w_eu, w_ca, h_eu, h_ca);

CREATE TEMP TABLE dest_w AS
SELECT dest_id, zone_cd, type_dest_cd, h_eu, h_ca,
       (sum(w_eu) OVER (ORDER BY dest_id) - w_eu) / sum(w_eu) OVER () AS eu_lo, sum(w_eu) OVER (ORDER BY dest_id) / sum(w_eu) OVER () AS eu_hi,
       (sum(w_ca) OVER (ORDER BY dest_id) - w_ca) / sum(w_ca) OVER () AS ca_lo, sum(w_ca) OVER (ORDER BY dest_id) / sum(w_ca) OVER () AS ca_hi
FROM resa.ref_destination;
ALTER TABLE resa.ref_destination DROP COLUMN w_eu;
ALTER TABLE resa.ref_destination DROP COLUMN w_ca;
ALTER TABLE resa.ref_destination DROP COLUMN h_eu;
ALTER TABLE resa.ref_destination DROP COLUMN h_ca;

-- ------------------------------------------------------------------------------------------------------------
-- crm: the customers (account holders)
-- ------------------------------------------------------------------------------------------------------------
CREATE TEMP TABLE city_ref AS
SELECT *, row_number() OVER (PARTITION BY pays_cd ORDER BY n) - 1 AS k, count(*) OVER (PARTITION BY pays_cd) AS cnt
FROM (VALUES
  (1, 'FR', 'IDF', 'Paris', '750'), (2, 'FR', 'IDF', 'Paris', '750'), (3, 'FR', 'IDF', 'Paris', '750'),
  (4, 'FR', 'IDF', 'Paris', '750'), (5, 'FR', 'IDF', 'Boulogne-Billancourt', '921'), (6, 'FR', 'IDF', 'Versailles', '780'),
  (7, 'FR', 'IDF', 'Saint-Denis', '932'), (8, 'FR', 'ARA', 'Lyon', '690'), (9, 'FR', 'ARA', 'Lyon', '690'),
  (10, 'FR', 'ARA', 'Grenoble', '380'), (11, 'FR', 'ARA', 'Clermont-Ferrand', '630'), (12, 'FR', 'PAC', 'Marseille', '130'),
  (13, 'FR', 'PAC', 'Marseille', '130'), (14, 'FR', 'PAC', 'Nice', '060'), (15, 'FR', 'PAC', 'Toulon', '830'),
  (16, 'FR', 'OCC', 'Toulouse', '310'), (17, 'FR', 'OCC', 'Toulouse', '310'), (18, 'FR', 'OCC', 'Montpellier', '340'),
  (19, 'FR', 'NAQ', 'Bordeaux', '330'), (20, 'FR', 'NAQ', 'Bordeaux', '330'), (21, 'FR', 'NAQ', 'La Rochelle', '170'),
  (22, 'FR', 'HDF', 'Lille', '590'), (23, 'FR', 'HDF', 'Lille', '590'), (24, 'FR', 'HDF', 'Amiens', '800'),
  (25, 'FR', 'PDL', 'Nantes', '440'), (26, 'FR', 'PDL', 'Nantes', '440'), (27, 'FR', 'PDL', 'Angers', '490'),
  (28, 'FR', 'BRE', 'Rennes', '350'), (29, 'FR', 'BRE', 'Brest', '292'), (30, 'FR', 'GES', 'Strasbourg', '670'),
  (31, 'FR', 'GES', 'Reims', '510'), (32, 'FR', 'GES', 'Metz', '570'), (33, 'FR', 'NOR', 'Rouen', '760'),
  (34, 'FR', 'NOR', 'Caen', '140'), (35, 'FR', 'BFC', 'Dijon', '210'), (36, 'FR', 'CVL', 'Tours', '370'),
  (37, 'FR', 'CVL', 'Orléans', '450'), (38, 'FR', 'COR', 'Ajaccio', '201'),
  (40, 'BE', 'BRU', 'Bruxelles', '10'), (41, 'BE', 'BRU', 'Bruxelles', '10'), (42, 'BE', 'BRU', 'Bruxelles', '11'),
  (43, 'BE', 'WAL', 'Liège', '40'), (44, 'BE', 'WAL', 'Liège', '40'), (45, 'BE', 'WAL', 'Namur', '50'),
  (46, 'BE', 'WAL', 'Charleroi', '60'), (47, 'BE', 'WAL', 'Mons', '70'), (48, 'BE', 'VLA', 'Antwerpen', '20'),
  (49, 'BE', 'VLA', 'Gent', '90'), (50, 'BE', 'VLA', 'Leuven', '30'),
  (60, 'CH', 'ROM', 'Genève', '12'), (61, 'CH', 'ROM', 'Genève', '12'), (62, 'CH', 'ROM', 'Genève', '12'),
  (63, 'CH', 'ROM', 'Lausanne', '10'), (64, 'CH', 'ROM', 'Lausanne', '10'), (65, 'CH', 'ROM', 'Neuchâtel', '20'),
  (66, 'CH', 'ROM', 'Fribourg', '17'), (67, 'CH', 'ROM', 'Sion', '19'), (68, 'CH', 'ALE', 'Zürich', '80'),
  (69, 'CH', 'ALE', 'Bern', '30'), (70, 'CH', 'ALE', 'Basel', '40'), (71, 'CH', 'TES', 'Lugano', '69'),
  (80, 'CA', 'QC', 'Montréal', 'H2'), (81, 'CA', 'QC', 'Montréal', 'H3'), (82, 'CA', 'QC', 'Montréal', 'H1'),
  (83, 'CA', 'QC', 'Montréal', 'H4'), (84, 'CA', 'QC', 'Québec', 'G1'), (85, 'CA', 'QC', 'Québec', 'G2'),
  (86, 'CA', 'QC', 'Laval', 'H7'), (87, 'CA', 'QC', 'Gatineau', 'J8'), (88, 'CA', 'QC', 'Sherbrooke', 'J1'),
  (89, 'CA', 'QC', 'Trois-Rivières', 'G8'), (90, 'CA', 'QC', 'Longueuil', 'J4'), (91, 'CA', 'ON', 'Ottawa', 'K1'),
  (92, 'CA', 'ON', 'Toronto', 'M5'))
  AS c(n, pays_cd, region_cd, ville, cp);

-- The generator's view of a customer: market, city, how many trips they would book, family or not, lapsed or not.
CREATE TEMP TABLE cust AS
WITH g AS (
  SELECT i, 100000 + i AS id_client,
         DATE '2026-09-30' - floor(pow(r(i, 'sg'), 1.35) * 5200)::INT AS signup,
         CASE WHEN r(i, 'ctry') < 0.58 THEN 'FR' WHEN r(i, 'ctry') < 0.75 THEN 'BE' WHEN r(i, 'ctry') < 0.87 THEN 'CH'
              ELSE 'CA' END AS pays_cd,
         19 + floor((r(i, 'a1') + r(i, 'a2')) / 2 * 66)::INT AS age,
         floor(pow(r(i, 'nb'), 1.8) * 9)::INT AS nb
  FROM range(1, 12501) t(i))
SELECT g.*, c.region_cd, c.ville, c.cp,
       (r(i, 'fam') < CASE WHEN age BETWEEN 27 AND 52 THEN 0.42 ELSE 0.06 END) AS family,
       CASE WHEN r(i, 'chp') < 0.50 THEN 'WEB' WHEN r(i, 'chp') < 0.66 THEN 'TEL' ELSE 'AGE' END AS chan_pref,
       CASE WHEN r(i, 'lap') < 0.30 THEN DATE '2026-09-30' - floor(60 + r(i, 'lapd') * 900)::INT
            ELSE DATE '2027-09-30' END AS end_d
FROM g JOIN city_ref c ON c.pays_cd = g.pays_cd AND c.k = floor(r(g.i, 'city') * c.cnt);

-- The agency a customer is attached to: one of their own city when there is one, else one of their country.
CREATE TEMP TABLE cust_agence AS
SELECT id_client, agence_id FROM (
  SELECT c.id_client, a.agence_id,
         row_number() OVER (PARTITION BY c.id_client ORDER BY (a.ville = c.ville) DESC, r(c.id_client * 100 + a.agence_id, 'ag')) AS rn
  FROM cust c JOIN resa.ref_agence a ON a.pays_cd = c.pays_cd) x
WHERE rn = 1;

-- fidelite_cd (Club Voyelle): CL1 Découverte, CL2 Évasion, CL3 Horizon, CL4 Odyssée (top tier)
-- civilite_cd: MME, MR, MX (neutral); null when not given. langue_cd: FR, NL, DE, IT, EN.
-- canal_acq_cd: how the account was opened: WEB website/app, TEL call centre, AGE agency, PAR partner (comparison sites, works councils)
CREATE TABLE crm.client AS
SELECT c.id_client::BIGINT AS id_client,
       'VOY' || lpad(c.i::VARCHAR, 7, '0') AS num_client,
       CASE WHEN r(c.i, 'civ') < 0.53 THEN 'MME' WHEN r(c.i, 'civ') < 0.97 THEN 'MR' WHEN r(c.i, 'civ') < 0.98 THEN 'MX' END AS civilite_cd,
       CASE WHEN r(c.i, 'civ') < 0.53
            THEN ['Camille', 'Emma', 'Léa', 'Manon', 'Chloé', 'Sophie', 'Julie', 'Laura', 'Sarah', 'Nathalie', 'Isabelle', 'Élodie'][1 + floor(r(c.i, 'fn') * 12)::INT]
            ELSE ['Louis', 'Hugo', 'Jules', 'Noah', 'Gabriel', 'Lucas', 'Thomas', 'Maxime', 'Nicolas', 'Olivier', 'Marc', 'Étienne'][1 + floor(r(c.i, 'fn') * 12)::INT] END AS prenom,
       ['Martin', 'Bernard', 'Dubois', 'Durand', 'Leroy', 'Moreau', 'Fournier', 'Peeters', 'Janssens', 'Dupont',
        'Favre', 'Rochat', 'Tremblay', 'Gagnon', 'Roy', 'Côté', 'Lambert', 'Girard', 'Mercier', 'Bonnet'][1 + floor(r(c.i, 'ln') * 20)::INT] AS nom,
       'client' || c.i || '@courriel.example' AS email,
       CASE WHEN r(c.i, 'ph') < 0.15 THEN NULL
            ELSE CASE c.pays_cd WHEN 'FR' THEN '+336' WHEN 'BE' THEN '+324' WHEN 'CH' THEN '+417' ELSE '+1514' END
                 || lpad((hash(c.i, 'tel', 62) % 100000000)::VARCHAR, 8, '0') END AS tel_mobile,
       CASE WHEN r(c.i, 'bd') < 0.07 THEN NULL
            ELSE (DATE '2026-09-30' - INTERVAL (c.age) YEAR - INTERVAL (floor(r(c.i, 'bdd') * 364)::INT) DAY)::DATE END AS date_naissance,
       c.cp || lpad((hash(c.i, 'cp', 62) % 100)::VARCHAR, CASE WHEN length(c.cp) = 3 THEN 2 ELSE 2 END, '0') AS code_postal,
       c.ville, c.region_cd, c.pays_cd,
       CASE c.pays_cd
         WHEN 'FR' THEN 'FR'
         WHEN 'BE' THEN CASE WHEN c.region_cd = 'VLA' THEN (CASE WHEN r(c.i, 'lg') < 0.8 THEN 'NL' ELSE 'FR' END)
                             WHEN c.region_cd = 'BRU' AND r(c.i, 'lg') < 0.15 THEN 'NL' ELSE 'FR' END
         WHEN 'CH' THEN CASE WHEN c.region_cd = 'ALE' THEN (CASE WHEN r(c.i, 'lg') < 0.75 THEN 'DE' ELSE 'FR' END)
                             WHEN c.region_cd = 'TES' THEN 'IT' ELSE 'FR' END
         ELSE CASE WHEN c.region_cd = 'ON' THEN (CASE WHEN r(c.i, 'lg') < 0.7 THEN 'EN' ELSE 'FR' END)
                   WHEN r(c.i, 'lg') < 0.1 THEN 'EN' ELSE 'FR' END END AS langue_cd,
       c.signup AS date_creation_compte,
       CASE WHEN c.chan_pref = 'AGE' AND r(c.i, 'acq') < 0.8 THEN 'AGE'
            WHEN c.chan_pref = 'TEL' AND r(c.i, 'acq') < 0.6 THEN 'TEL'
            WHEN r(c.i, 'acq') < 0.85 THEN 'WEB' ELSE 'PAR' END AS canal_acq_cd,
       CASE WHEN c.nb >= 7 AND r(c.i, 'tier') < 0.55 THEN 'CL4'
            WHEN c.nb >= 4 AND r(c.i, 'tier') < 0.7 THEN 'CL3'
            WHEN c.nb >= 2 AND r(c.i, 'tier') < 0.6 THEN 'CL2'
            ELSE 'CL1' END AS fidelite_cd,
       (floor(r(c.i, 'pts') * 1500) + c.nb * floor(300 + r(c.i, 'pp') * 1200))::INTEGER AS points_fidelite,
       ca.agence_id AS agence_rattachement_id
FROM cust c JOIN cust_agence ca USING (id_client)
ORDER BY id_client;

-- ------------------------------------------------------------------------------------------------------------
-- resa: booking files (dossiers). One row per booking: who booked, when, for when, where, what, how many, how much.
-- ------------------------------------------------------------------------------------------------------------
CREATE TEMP TABLE cand AS
WITH c AS (
  SELECT id_client, pays_cd, region_cd, family, chan_pref, nb, end_d,
         greatest(signup, DATE '2023-10-01') AS start_d
  FROM cust),
k AS (
  SELECT c.*, id_client * 100 + k AS dossier_id
  FROM c, unnest(range(nb * 3)) u(k)),
k2 AS (
  SELECT k.*,
         start_d + floor(r(dossier_id, 'dep') * greatest(1, least(end_d, DATE '2027-09-30') - start_d))::INT AS dep,
         CASE WHEN r(dossier_id, 'lt') < 0.17 THEN 1 + floor(r(dossier_id, 'ltd') * 15)
              WHEN r(dossier_id, 'lt') < 0.66 THEN 16 + floor(r(dossier_id, 'ltd') * 105)
              ELSE 121 + floor(r(dossier_id, 'ltd') * 210) END::INT AS lead
  FROM k)
SELECT k2.*, dep - lead AS booked
FROM k2
WHERE dep - lead >= start_d AND dep - lead <= DATE '2026-09-30' AND dep <= DATE '2027-09-30'
  AND r(dossier_id, 'season') < CASE WHEN pays_cd = 'CA'
        THEN CASE month(dep) WHEN 1 THEN 1.0 WHEN 2 THEN 1.0 WHEN 3 THEN 0.9 WHEN 12 THEN 0.8 WHEN 7 THEN 0.6 WHEN 8 THEN 0.6 ELSE 0.4 END
        ELSE CASE month(dep) WHEN 7 THEN 1.0 WHEN 8 THEN 1.0 WHEN 6 THEN 0.7 WHEN 9 THEN 0.65 WHEN 4 THEN 0.6 WHEN 5 THEN 0.6
                             WHEN 10 THEN 0.6 WHEN 12 THEN 0.55 WHEN 2 THEN 0.55 ELSE 0.35 END END
  AND r(dossier_id, 'keep') < 0.62;

CREATE TEMP TABLE dos AS
WITH d1 AS (
  SELECT c.*,
         CASE WHEN r(dossier_id, 'same') < 0.35 THEN r(id_client, 'taste') ELSE r(dossier_id, 'dest') END AS rd
  FROM cand c),
d2 AS (
  SELECT d1.*, w.dest_id, w.zone_cd, w.type_dest_cd,
         CASE WHEN d1.pays_cd = 'CA' THEN w.h_ca ELSE w.h_eu END AS haul
  FROM d1 JOIN dest_w w
    ON d1.rd >= CASE WHEN d1.pays_cd = 'CA' THEN w.ca_lo ELSE w.eu_lo END
   AND d1.rd < CASE WHEN d1.pays_cd = 'CA' THEN w.ca_hi ELSE w.eu_hi END),
d3 AS (
  SELECT d2.*,
         CASE type_dest_cd
           WHEN 'CRO' THEN 'CRO'
           WHEN 'VIL' THEN CASE WHEN r(dossier_id, 'pr') < CASE WHEN haul = 'LC' THEN 0.3 ELSE 0.65 END THEN 'CB' ELSE 'VH' END
           WHEN 'BAL' THEN CASE WHEN r(dossier_id, 'pr') < 0.65 THEN 'SEJ' ELSE 'VH' END
           ELSE CASE WHEN r(dossier_id, 'pr') < 0.6 THEN 'CIR' ELSE 'VH' END END AS produit_cd,
         CASE WHEN haul = 'LC' AND dest_id IN (51) AND pays_cd = 'FR' THEN 'SV'
              WHEN dest_id = 51 AND pays_cd = 'FR' THEN 'SV'
              WHEN dest_id = 55 AND pays_cd = 'CA' THEN 'SV'
              WHEN dest_id = 22 AND pays_cd = 'FR' AND r(dossier_id, 'ferry') < 0.3 THEN 'SV'
              ELSE haul END AS courrier_cd
  FROM d2),
d4 AS (
  SELECT d3.*,
         CASE produit_cd
           WHEN 'CB' THEN 2 + floor(r(dossier_id, 'nt') * 3)
           WHEN 'SEJ' THEN CASE WHEN r(dossier_id, 'nt') < 0.68 THEN 7 WHEN r(dossier_id, 'nt') < 0.85 THEN 10 ELSE 14 END
           WHEN 'VH' THEN 3 + floor(pow(r(dossier_id, 'nt'), 1.3) * 12)
           WHEN 'CIR' THEN 8 + floor(r(dossier_id, 'nt') * 8)
           ELSE 7 + floor(r(dossier_id, 'nt') * 5) END::INT AS nuits,
         CASE WHEN family AND produit_cd <> 'CIR' AND r(dossier_id, 'kid') < 0.8 THEN 1 + floor(pow(r(dossier_id, 'kn'), 1.5) * 3)
              WHEN NOT family AND r(dossier_id, 'kid') < 0.03 THEN 1 ELSE 0 END::INT AS nb_enfants,
         CASE WHEN family AND r(dossier_id, 'bb') < 0.12 THEN 1 ELSE 0 END::INT AS nb_bebes,
         CASE WHEN family THEN CASE WHEN r(dossier_id, 'ad') < 0.15 THEN 1 ELSE 2 END
              WHEN r(dossier_id, 'ad') < 0.22 THEN 1 WHEN r(dossier_id, 'ad') < 0.86 THEN 2
              WHEN r(dossier_id, 'ad') < 0.95 THEN 4 ELSE 3 END::INT AS nb_adultes,
         CASE WHEN r(dossier_id, 'chs') < 0.75 THEN chan_pref
              WHEN r(dossier_id, 'ch') < 0.6 THEN 'WEB' WHEN r(dossier_id, 'ch') < 0.8 THEN 'TEL' ELSE 'AGE' END AS canal_cd
  FROM d3)
SELECT d4.*,
       CASE WHEN produit_cd = 'CB' THEN CASE WHEN r(dossier_id, 'pn') < 0.6 THEN 'PD' ELSE 'LO' END
            WHEN produit_cd = 'CRO' THEN CASE WHEN r(dossier_id, 'pn') < 0.75 THEN 'PC' ELSE 'AI' END
            WHEN produit_cd = 'CIR' THEN CASE WHEN r(dossier_id, 'pn') < 0.55 THEN 'PC' ELSE 'DP' END
            WHEN produit_cd = 'SEJ' AND zone_cd = 'CAR' AND pays_cd = 'CA' THEN CASE WHEN r(dossier_id, 'pn') < 0.92 THEN 'AI' ELSE 'DP' END
            WHEN produit_cd = 'SEJ' THEN CASE WHEN r(dossier_id, 'pn') < 0.5 THEN 'AI' WHEN r(dossier_id, 'pn') < 0.75 THEN 'DP'
                                              WHEN r(dossier_id, 'pn') < 0.85 THEN 'PC' ELSE 'PD' END
            ELSE CASE WHEN r(dossier_id, 'pn') < 0.2 THEN 'AI' WHEN r(dossier_id, 'pn') < 0.45 THEN 'DP'
                      WHEN r(dossier_id, 'pn') < 0.8 THEN 'PD' ELSE 'LO' END END AS pension_cd,
       (r(dossier_id, 'cx') < CASE WHEN lead > 120 THEN 0.13 ELSE 0.07 END) AS cancelled
FROM d4;

-- statut_cd: CF confirmed (departure still to come), VY departed (travelled, or travelling on as_of), AN cancelled.
-- canal_cd: WEB website and app, TEL call centre, AGE agency (agence_id set). produit_cd: SEJ package holiday,
-- VH flight + hotel, CRO cruise, CB city break, CIR guided tour. pension_cd: AI all inclusive, PC full board,
-- DP half board, PD bed & breakfast, LO room only. courrier_cd: the flight's haul from the customer's market
-- (CC short, MC medium, LC long, SV no flight). Amounts: montant_ttc_eur (EUR, all taxes included) and the
-- amount in the market's currency (devise_cd: EUR, CHF, CAD). nb_enfants 2-11 years, nb_bebes under 2.
-- typo_groupe_cd, the party's type set by the back-office: SO one adult, DU two adults, GR three adults or more
-- (all without children), FA with at least one child or baby.
CREATE TABLE resa.dossier AS
WITH p AS (
  SELECT d.*,
         CASE zone_cd WHEN 'FRA' THEN 95 WHEN 'EUR' THEN 115 WHEN 'MED' THEN 85 WHEN 'AFN' THEN 70 WHEN 'AMN' THEN 165
                      WHEN 'CAR' THEN 125 WHEN 'OIN' THEN 160 WHEN 'ASI' THEN 115 WHEN 'AFR' THEN 150 ELSE 260 END
         * CASE produit_cd WHEN 'CB' THEN 1.3 WHEN 'CRO' THEN 1.6 WHEN 'CIR' THEN 1.2 ELSE 1 END
         * CASE pension_cd WHEN 'AI' THEN 1.35 WHEN 'PC' THEN 1.25 WHEN 'DP' THEN 1.12 WHEN 'PD' THEN 1.0 ELSE 0.9 END
         * (0.75 + r(dossier_id, 'px') * 0.6) AS per_night,
         CASE courrier_cd WHEN 'CC' THEN 160 WHEN 'MC' THEN 290 WHEN 'LC' THEN 780 ELSE 0 END AS flight
  FROM dos d)
SELECT p.dossier_id::BIGINT AS dossier_id,
       'V' || strftime(p.booked, '%y') || '-' || upper(substr(md5(p.dossier_id::VARCHAR), 1, 6)) AS num_dossier,
       p.id_client::BIGINT AS id_client,
       p.booked AS date_resa,
       p.booked + p.lead AS date_depart,
       p.booked + p.lead + p.nuits AS date_retour,
       p.dest_id::INTEGER AS dest_id,
       p.produit_cd, p.pension_cd, p.courrier_cd,
       CASE WHEN p.courrier_cd = 'SV' THEN NULL
            WHEN p.pays_cd = 'CA' THEN CASE WHEN p.region_cd = 'QC' AND r(p.id_client, 'apt') < 0.25 THEN 'YQB' ELSE 'YUL' END
            WHEN p.pays_cd = 'BE' THEN CASE WHEN r(p.dossier_id, 'apt') < 0.7 THEN 'BRU' ELSE 'CRL' END
            WHEN p.pays_cd = 'CH' THEN CASE WHEN p.region_cd = 'ALE' THEN 'ZRH' ELSE 'GVA' END
            ELSE CASE p.region_cd WHEN 'IDF' THEN CASE WHEN r(p.dossier_id, 'apt') < 0.6 THEN 'CDG' ELSE 'ORY' END
                                  WHEN 'ARA' THEN 'LYS' WHEN 'PAC' THEN CASE WHEN r(p.id_client, 'apt') < 0.5 THEN 'MRS' ELSE 'NCE' END
                                  WHEN 'OCC' THEN 'TLS' WHEN 'NAQ' THEN 'BOD' WHEN 'HDF' THEN 'LIL' WHEN 'PDL' THEN 'NTE'
                                  WHEN 'BRE' THEN 'NTE' WHEN 'GES' THEN 'SXB' WHEN 'COR' THEN 'AJA'
                                  ELSE CASE WHEN r(p.dossier_id, 'apt') < 0.6 THEN 'CDG' ELSE 'ORY' END END END AS aeroport_depart_cd,
       p.canal_cd,
       CASE WHEN p.canal_cd = 'AGE' THEN ca.agence_id END AS agence_id,
       p.nuits::SMALLINT AS nb_nuits,
       p.nb_adultes::SMALLINT AS nb_adultes, p.nb_enfants::SMALLINT AS nb_enfants, p.nb_bebes::SMALLINT AS nb_bebes,
       (p.nb_adultes + p.nb_enfants + p.nb_bebes)::SMALLINT AS nb_voyageurs,
       CASE WHEN p.nb_enfants + p.nb_bebes > 0 THEN 'FA' WHEN p.nb_adultes = 1 THEN 'SO' WHEN p.nb_adultes = 2 THEN 'DU'
            ELSE 'GR' END AS typo_groupe_cd,
       CASE WHEN p.cancelled THEN 'AN' WHEN p.booked + p.lead > DATE '2026-09-30' THEN 'CF' ELSE 'VY' END AS statut_cd,
       CASE WHEN p.cancelled THEN least(DATE '2026-09-30', p.booked + floor(r(p.dossier_id, 'cxd') * (p.lead))::INT) END AS date_annulation,
       CASE p.pays_cd WHEN 'CH' THEN 'CHF' WHEN 'CA' THEN 'CAD' ELSE 'EUR' END AS devise_cd,
       round((p.nuits * p.per_night + p.flight) * (p.nb_adultes + 0.7 * p.nb_enfants) + 60 * p.nb_bebes, 2)::DECIMAL(12, 2) AS montant_ttc_eur,
       round(((p.nuits * p.per_night + p.flight) * (p.nb_adultes + 0.7 * p.nb_enfants) + 60 * p.nb_bebes)
             / CASE p.pays_cd WHEN 'CH' THEN 1.07 WHEN 'CA' THEN 0.66 ELSE 1 END, 2)::DECIMAL(12, 2) AS montant_ttc_devise
FROM p JOIN cust_agence ca USING (id_client)
ORDER BY date_resa, dossier_id;

-- Add-ons of a booking file (no customer column: a line of the file). option_cd: AMR all-risk travel insurance
-- (cancellation + assistance + luggage), ANN cancellation insurance only, TRF airport transfers, SIE chosen seat,
-- BAG extra checked bag, PRK airport parking, LOC car rental, EXC excursion booked before departure.
CREATE TABLE resa.dossier_option AS
WITH o AS (
  SELECT d.dossier_id, d.date_resa, d.date_depart, d.statut_cd, d.date_annulation, d.montant_ttc_eur, d.nb_voyageurs,
         d.courrier_cd, d.produit_cd, c.pays_cd, x.option_cd
  FROM resa.dossier d JOIN crm.client c USING (id_client)
  CROSS JOIN (VALUES ('AMR'), ('ANN'), ('TRF'), ('SIE'), ('BAG'), ('PRK'), ('LOC'), ('EXC')) x(option_cd)
  WHERE CASE x.option_cd
          WHEN 'AMR' THEN r(d.dossier_id, 'ins') < CASE WHEN c.pays_cd = 'CA' THEN 0.42 WHEN d.courrier_cd = 'LC' THEN 0.32 ELSE 0.2 END
          WHEN 'ANN' THEN r(d.dossier_id, 'ins') >= CASE WHEN c.pays_cd = 'CA' THEN 0.42 WHEN d.courrier_cd = 'LC' THEN 0.32 ELSE 0.2 END
                      AND r(d.dossier_id, 'ins') < CASE WHEN c.pays_cd = 'CA' THEN 0.52 WHEN d.courrier_cd = 'LC' THEN 0.52 ELSE 0.38 END
          WHEN 'TRF' THEN d.produit_cd IN ('SEJ', 'VH') AND r(d.dossier_id, 'trf') < 0.3
          WHEN 'SIE' THEN d.courrier_cd <> 'SV' AND r(d.dossier_id, 'sie') < 0.15
          WHEN 'BAG' THEN d.courrier_cd <> 'SV' AND r(d.dossier_id, 'bag') < 0.2
          WHEN 'PRK' THEN c.pays_cd IN ('FR', 'BE') AND d.courrier_cd <> 'SV' AND r(d.dossier_id, 'prk') < 0.05
          WHEN 'LOC' THEN d.produit_cd IN ('VH', 'CIR') AND r(d.dossier_id, 'loc') < 0.1
          ELSE d.produit_cd IN ('SEJ', 'VH', 'CRO') AND r(d.dossier_id, 'exc') < 0.12 END)
SELECT (dossier_id * 10 + CASE option_cd WHEN 'AMR' THEN 1 WHEN 'ANN' THEN 2 WHEN 'TRF' THEN 3 WHEN 'SIE' THEN 4
                                       WHEN 'BAG' THEN 5 WHEN 'PRK' THEN 6 WHEN 'LOC' THEN 7 ELSE 8 END)::BIGINT AS option_id,
       dossier_id, option_cd,
       CASE WHEN option_cd IN ('AMR', 'ANN', 'TRF', 'SIE') THEN date_resa
            ELSE least(coalesce(date_annulation, DATE '2026-09-30'), DATE '2026-09-30', date_depart - 1,
                       date_resa + floor(r(dossier_id, 'od' || option_cd) * greatest(1, date_depart - date_resa))::INT) END AS date_souscription,
       CASE WHEN option_cd IN ('SIE', 'BAG', 'EXC') THEN nb_voyageurs ELSE 1 END::SMALLINT AS quantite,
       round(CASE option_cd WHEN 'AMR' THEN montant_ttc_eur * 0.05 WHEN 'ANN' THEN montant_ttc_eur * 0.035
                            WHEN 'TRF' THEN 25 * nb_voyageurs WHEN 'SIE' THEN 18 * nb_voyageurs WHEN 'BAG' THEN 45 * nb_voyageurs
                            WHEN 'PRK' THEN 89 WHEN 'LOC' THEN 190 + r(dossier_id, 'locp') * 300
                            ELSE (40 + r(dossier_id, 'excp') * 80) * nb_voyageurs END, 2)::DECIMAL(10, 2) AS montant_eur
FROM o
ORDER BY date_souscription, option_id;

-- Quotes (devis) made by the call centre and the agencies (and the website's "request a quote" form). statut_cd:
-- OUV open, GAG won (turned into the booking dossier_id), PER lost, EXP expired (30 days without an answer).
CREATE TABLE resa.devis AS
WITH won AS (
  SELECT d.dossier_id, d.id_client, d.date_resa - floor(1 + r(d.dossier_id, 'dv') * 20)::INT AS date_devis, d.canal_cd,
         d.agence_id, d.dest_id, d.produit_cd, d.date_depart, d.nb_voyageurs, d.montant_ttc_eur * (0.95 + r(d.dossier_id, 'dvp') * 0.15) AS montant,
         'GAG' AS statut_cd
  FROM resa.dossier d
  WHERE d.canal_cd IN ('TEL', 'AGE') AND r(d.dossier_id, 'dvw') < 0.55),
lost AS (
  SELECT NULL::BIGINT AS dossier_id, c.id_client,
         DATE '2026-09-30' - floor(pow(r(c.id_client * 10 + k, 'lq'), 0.8) * 1000)::INT AS date_devis,
         CASE WHEN c.chan_pref = 'WEB' THEN 'WEB' ELSE c.chan_pref END AS canal_cd,
         CASE WHEN c.chan_pref = 'AGE' THEN ca.agence_id END AS agence_id,
         w.dest_id,
         CASE w.type_dest_cd WHEN 'CRO' THEN 'CRO' WHEN 'VIL' THEN 'CB' WHEN 'BAL' THEN 'SEJ' ELSE 'CIR' END AS produit_cd,
         NULL::DATE AS date_depart,
         CASE WHEN c.family THEN 4 ELSE 2 END AS nb_voyageurs,
         (900 + pow(r(c.id_client * 10 + k, 'lqp'), 1.5) * 7000) AS montant,
         NULL AS statut_cd
  FROM cust c JOIN cust_agence ca USING (id_client), unnest(range(3)) u(k), dest_w w
  WHERE r(c.id_client * 10 + k, 'lqn') < CASE WHEN c.chan_pref = 'WEB' THEN 0.06 ELSE 0.22 END
    AND r(c.id_client * 10 + k, 'lqd') >= CASE WHEN c.pays_cd = 'CA' THEN w.ca_lo ELSE w.eu_lo END
    AND r(c.id_client * 10 + k, 'lqd') < CASE WHEN c.pays_cd = 'CA' THEN w.ca_hi ELSE w.eu_hi END
    AND DATE '2026-09-30' - floor(pow(r(c.id_client * 10 + k, 'lq'), 0.8) * 1000)::INT >= greatest(c.signup, DATE '2023-10-01')),
q AS (
  SELECT * FROM won
  UNION ALL
  SELECT dossier_id, id_client, date_devis, canal_cd, agence_id, dest_id, produit_cd,
         date_devis + floor(30 + r(id_client * 7 + dest_id, 'lqdep') * 200)::INT, nb_voyageurs, montant,
         CASE WHEN date_devis > DATE '2026-09-30' - 30 THEN 'OUV'
              WHEN r(id_client * 7 + dest_id, 'lqs') < 0.5 THEN 'PER' ELSE 'EXP' END
  FROM lost)
SELECT row_number() OVER (ORDER BY date_devis, id_client, dest_id, coalesce(dossier_id, 0))::BIGINT + 500000 AS devis_id,
       id_client::BIGINT AS id_client, date_devis, canal_cd, agence_id::INTEGER AS agence_id, dest_id::INTEGER AS dest_id,
       produit_cd, date_depart AS date_depart_prevue, nb_voyageurs::SMALLINT AS nb_voyageurs,
       round(montant, 2)::DECIMAL(12, 2) AS montant_eur, statut_cd, dossier_id::BIGINT AS dossier_id
FROM q
ORDER BY date_devis, devis_id;

-- ------------------------------------------------------------------------------------------------------------
-- fin: payments. type_cd: ACO deposit (30 % at booking when departure is more than 30 days away), SOL balance
-- (30 days before departure), TOT paid in full at booking, RMB refund after a cancellation (negative).
-- mode_cd: CB card, VIR bank transfer, ANCV chèques-vacances (France), P4X card in 4 instalments, AVO credit note.
-- ------------------------------------------------------------------------------------------------------------
CREATE TABLE fin.reglement AS
WITH d AS (
  SELECT d.*, c.pays_cd,
         CASE WHEN c.pays_cd = 'FR' AND r(d.id_client, 'ancv') < 0.12 THEN 'ANCV'
              WHEN r(d.dossier_id, 'md') < 0.70 THEN 'CB' WHEN r(d.dossier_id, 'md') < 0.82 THEN 'VIR'
              WHEN r(d.dossier_id, 'md') < 0.94 THEN 'P4X' ELSE 'AVO' END AS mode_cd
  FROM resa.dossier d JOIN crm.client c USING (id_client)),
p AS (
  SELECT dossier_id, id_client, date_resa AS dt, CASE WHEN date_depart - date_resa > 30 THEN 'ACO' ELSE 'TOT' END AS type_cd, mode_cd,
         CASE WHEN date_depart - date_resa > 30 THEN montant_ttc_eur * 0.3 ELSE montant_ttc_eur END AS montant
  FROM d
  UNION ALL
  SELECT dossier_id, id_client, date_depart - 30, 'SOL', CASE WHEN mode_cd = 'P4X' THEN 'CB' ELSE mode_cd END, montant_ttc_eur * 0.7
  FROM d
  WHERE date_depart - date_resa > 30 AND date_depart - 30 <= DATE '2026-09-30'
    AND (date_annulation IS NULL OR date_annulation > date_depart - 30)
  UNION ALL
  SELECT dossier_id, id_client, least(DATE '2026-09-30', date_annulation + 3 + floor(r(dossier_id, 'rmb') * 12)::INT), 'RMB', mode_cd,
         -montant_ttc_eur * CASE WHEN date_depart - date_resa > 30 AND date_annulation <= date_depart - 30 THEN 0.3 ELSE 1 END
         * CASE WHEN date_depart - date_annulation > 60 THEN 0.8 ELSE 0.5 END
  FROM d WHERE statut_cd = 'AN')
SELECT row_number() OVER (ORDER BY dt, dossier_id, type_cd)::BIGINT + 9000000 AS reglement_id,
       dossier_id, id_client, dt AS date_reglement, type_cd, mode_cd, round(montant, 2)::DECIMAL(12, 2) AS montant_eur
FROM p
ORDER BY date_reglement, reglement_id;

-- ------------------------------------------------------------------------------------------------------------
-- satis: the satisfaction survey sent after every return; about a third answer within 3-30 days.
-- note_reco: "would you recommend Voyelle?" 0-10 (NPS: 9-10 promoters, 0-6 detractors); note_globale 1-5.
-- ------------------------------------------------------------------------------------------------------------
CREATE TABLE satis.reponse_enquete AS
WITH s AS (
  SELECT d.dossier_id, d.id_client, d.date_retour + (3 + floor(r(d.dossier_id, 'svd') * 28))::INT AS dt,
         least(10, floor(pow(r(d.dossier_id, 'nps'), 0.55) * 11))::INT AS reco
  FROM resa.dossier d
  WHERE d.statut_cd = 'VY' AND r(d.dossier_id, 'sv') < 0.36)
SELECT (dossier_id * 10 + 7)::BIGINT AS reponse_id, dossier_id, id_client, dt AS date_reponse,
       reco::SMALLINT AS note_reco,
       greatest(1, least(5, round(reco / 2.0 + (r(dossier_id, 'glob') - 0.5) * 1.6)))::SMALLINT AS note_globale,
       CASE WHEN r(dossier_id, 'src') < 0.8 THEN 'EML' ELSE 'SMS' END AS canal_enquete_cd
FROM s WHERE dt <= DATE '2026-09-30'
ORDER BY date_reponse, reponse_id;

-- ------------------------------------------------------------------------------------------------------------
-- web: searches on the website and app (13 months kept). id_client is null when the visitor was not logged in.
-- device_cd: DSK desktop, MOB mobile web, TAB tablet, APP the app. dest_id null = "all destinations".
-- ------------------------------------------------------------------------------------------------------------
CREATE TABLE web.recherche AS
WITH v AS (
  SELECT c.id_client, c.pays_cd, c.family, c.signup, k, c.id_client * 1000 + k AS sid
  FROM cust c, unnest(range(floor(pow(r(c.id_client, 'web'), 2.2) * 40)::INT)) u(k)
  WHERE c.chan_pref <> 'AGE' OR r(c.id_client, 'webage') < 0.3
  UNION ALL
  SELECT NULL, CASE WHEN r(k, 'anc') < 0.6 THEN 'FR' WHEN r(k, 'anc') < 0.75 THEN 'BE' WHEN r(k, 'anc') < 0.87 THEN 'CH' ELSE 'CA' END,
         r(k, 'anf') < 0.2, DATE '2025-09-01', k, 900000000 + k
  FROM range(0, 30000) t(k)),
v2 AS (
  SELECT v.*, TIMESTAMP '2025-09-01 00:00:00' + INTERVAL (floor(r(sid, 'ts') * 395 * 86400)::BIGINT) SECOND AS ts
  FROM v)
SELECT (row_number() OVER (ORDER BY ts, sid))::BIGINT AS recherche_id,
       'ck' || substr(md5(coalesce(v2.id_client, v2.sid)::VARCHAR), 1, 12) AS visiteur_id,
       v2.id_client::BIGINT AS id_client, v2.ts AS ts_recherche,
       CASE WHEN r(sid, 'any') < 0.12 THEN NULL ELSE w.dest_id END::INTEGER AS dest_id,
       CASE WHEN r(sid, 'anyp') < 0.5 THEN NULL
            ELSE CASE w.type_dest_cd WHEN 'CRO' THEN 'CRO' WHEN 'VIL' THEN 'CB' WHEN 'BAL' THEN 'SEJ' ELSE 'CIR' END END AS produit_cd,
       CASE WHEN r(sid, 'nod') < 0.2 THEN NULL ELSE (v2.ts::DATE + floor(3 + pow(r(sid, 'wdd'), 1.4) * 300)::INT) END AS date_depart_souhaitee,
       (CASE WHEN r(sid, 'wa') < 0.2 THEN 1 ELSE 2 END)::SMALLINT AS nb_adultes,
       (CASE WHEN v2.family THEN 1 + floor(r(sid, 'wk') * 3) ELSE 0 END)::SMALLINT AS nb_enfants,
       CASE WHEN r(sid, 'dev') < 0.38 THEN 'DSK' WHEN r(sid, 'dev') < 0.78 THEN 'MOB' WHEN r(sid, 'dev') < 0.84 THEN 'TAB' ELSE 'APP' END AS device_cd
FROM v2 JOIN dest_w w
  ON CASE WHEN r(sid, 'same') < 0.4 THEN r(coalesce(v2.id_client, sid), 'taste') ELSE r(sid, 'wd') END
     >= CASE WHEN v2.pays_cd = 'CA' THEN w.ca_lo ELSE w.eu_lo END
 AND CASE WHEN r(sid, 'same') < 0.4 THEN r(coalesce(v2.id_client, sid), 'taste') ELSE r(sid, 'wd') END
     < CASE WHEN v2.pays_cd = 'CA' THEN w.ca_hi ELSE w.eu_hi END
WHERE v2.ts <= TIMESTAMP '2026-09-30 23:59:59' AND (v2.id_client IS NULL OR v2.ts::DATE >= v2.signup)
ORDER BY ts_recherche, recherche_id;

-- ------------------------------------------------------------------------------------------------------------
-- mkt: consent, the do-not-contact list ("repoussoir"), campaigns and sends
-- ------------------------------------------------------------------------------------------------------------
-- Consent per channel: EML e-mail, SMS, PSH app push. One row per customer and channel at most; optin_flg false
-- when consent was withdrawn; no row = never asked, no consent.
CREATE TABLE mkt.consentement AS
SELECT c.id_client::BIGINT AS id_client, x.canal_cd,
       (r(c.id_client, 'c' || x.canal_cd) < x.p) AS optin_flg,
       greatest(c.signup, DATE '2026-09-30' - floor(r(c.id_client, 'cd' || x.canal_cd) * 1500)::INT) AS date_maj,
       CASE WHEN r(c.id_client, 'cs' || x.canal_cd) < 0.6 THEN 'WEB' WHEN r(c.id_client, 'cs' || x.canal_cd) < 0.8 THEN 'AGE'
            ELSE 'TEL' END AS source_cd
FROM cust c CROSS JOIN (VALUES ('EML', 0.78, 0.93), ('SMS', 0.55, 0.72), ('PSH', 0.7, 0.33)) x(canal_cd, p, present)
WHERE r(c.id_client, 'cx' || x.canal_cd) < x.present
ORDER BY id_client, canal_cd;

-- The app's push token, kept by the CRM for customers who installed the app (those asked for push consent).
ALTER TABLE crm.client ADD COLUMN push_token VARCHAR;
UPDATE crm.client SET push_token = 'fcm:' || substr(md5('push' || id_client::VARCHAR), 1, 22)
WHERE id_client IN (SELECT id_client FROM mkt.consentement WHERE canal_cd = 'PSH');

-- The "repoussoir": customers never to be contacted for marketing. motif_cd: OPP objection (GDPR art. 21),
-- DCD deceased, FRD fraud, LIT open dispute, NPAI gone away (mail returned "n'habite pas à l'adresse indiquée").
CREATE TABLE mkt.repoussoir AS
SELECT id_client::BIGINT AS id_client,
       ['OPP', 'OPP', 'OPP', 'DCD', 'FRD', 'LIT', 'NPAI'][1 + floor(r(id_client, 'rm') * 7)::INT] AS motif_cd,
       greatest(signup, DATE '2026-09-30' - floor(r(id_client, 'rd') * 1000)::INT) AS date_ajout
FROM cust WHERE r(id_client, 'dnc') < 0.032
ORDER BY id_client;

-- Campaigns (two years). canal_cd EML e-mail, SMS, PSH push; type_cd NL newsletter, PROMO offer, DM last minute,
-- EB early booking, FID loyalty club, REL reminder (quote or abandoned search), ANNIV birthday.
-- marche_cd: the market targeted (FR, BE, CH, CA, or ALL); dest_id: the destination promoted, when there is one.
CREATE TABLE mkt.campagne AS
WITH c AS (
  SELECT k, DATE '2024-10-03' + (k * 7)::INT AS d, 'EML' AS canal_cd, 'NL' AS type_cd FROM range(0, 105) t(k)
  UNION ALL
  SELECT 200 + k, DATE '2024-10-06' + (k * 9)::INT, 'EML',
         ['PROMO', 'PROMO', 'DM', 'DM', 'EB', 'FID', 'REL', 'ANNIV'][1 + floor(r(200 + k, 'ty') * 8)::INT] FROM range(0, 81) t(k)
  UNION ALL
  SELECT 400 + k, DATE '2024-10-10' + (k * 21)::INT, 'SMS', ['PROMO', 'DM', 'DM', 'FID'][1 + floor(r(400 + k, 'ty') * 4)::INT] FROM range(0, 35) t(k)
  UNION ALL
  SELECT 600 + k, DATE '2024-10-08' + (k * 14)::INT, 'PSH', ['PROMO', 'DM', 'EB', 'REL'][1 + floor(r(600 + k, 'ty') * 4)::INT] FROM range(0, 53) t(k)
  UNION ALL   -- the September 2026 "rentrée" push: a burst of last-minute and early-booking offers
  SELECT 800 + k, DATE '2026-09-01' + (k * 3)::INT, CASE WHEN k % 3 = 2 THEN 'SMS' ELSE 'EML' END,
         CASE WHEN k % 2 = 0 THEN 'DM' ELSE 'EB' END FROM range(0, 10) t(k)),
c2 AS (
  SELECT c.*, CASE WHEN r(k, 'mk') < 0.55 THEN 'ALL' WHEN r(k, 'mk') < 0.7 THEN 'FR' WHEN r(k, 'mk') < 0.8 THEN 'BE'
                   WHEN r(k, 'mk') < 0.9 THEN 'CH' ELSE 'CA' END AS marche_cd,
         CASE WHEN type_cd IN ('PROMO', 'DM', 'EB') THEN 1 + floor(r(k, 'cd') * 55)::INT END AS dest_id
  FROM c WHERE d <= DATE '2026-09-30')
SELECT k::INTEGER AS campagne_id,
       canal_cd || '-' || strftime(d, '%y%m%d') || '-' || type_cd AS code_campagne,
       CASE type_cd WHEN 'NL' THEN 'La Lettre Voyelle' WHEN 'PROMO' THEN 'Offre spéciale' WHEN 'DM' THEN 'Dernière minute'
                    WHEN 'EB' THEN 'Réservez tôt' WHEN 'FID' THEN 'Club Voyelle' WHEN 'REL' THEN 'Votre projet de voyage'
                    ELSE 'Joyeux anniversaire' END
       || coalesce(' ' || (SELECT dest_libelle FROM resa.ref_destination rd WHERE rd.dest_id = c2.dest_id), '')
       || ' ' || strftime(d, '%m/%Y') AS libelle,
       canal_cd, type_cd, marche_cd, dest_id::INTEGER AS dest_id, d AS date_lancement
FROM c2
ORDER BY campagne_id;

-- Sends: to customers of the campaign's market who consented on the channel (and, in the older history, a few
-- who have withdrawn since). Opens are tracked for e-mail and push, not for SMS (ts_ouverture null); clicks for
-- every channel. Timestamps in the customer's time zone.
CREATE TABLE mkt.envoi AS
WITH el AS (
  SELECT c.id_client, c.pays_cd, c.signup, k.canal_cd, k.optin_flg, r(c.id_client, 'reach') AS reach, r(c.id_client, 'eng') AS eng
  FROM cust c JOIN mkt.consentement k USING (id_client)
  WHERE c.id_client NOT IN (SELECT id_client FROM mkt.repoussoir WHERE motif_cd IN ('DCD', 'FRD'))),
s AS (
  SELECT m.campagne_id, m.canal_cd, m.type_cd, m.date_lancement, el.id_client, el.eng,
         m.campagne_id::BIGINT * 1000000 + el.id_client AS sk
  FROM mkt.campagne m JOIN el ON el.canal_cd = m.canal_cd AND (m.marche_cd = 'ALL' OR m.marche_cd = el.pays_cd)
  WHERE el.signup <= m.date_lancement
    AND (el.optin_flg OR r(m.campagne_id::BIGINT * 1000000 + el.id_client, 'leg') < 0.03)
    AND r(m.campagne_id::BIGINT * 1000000 + el.id_client, 'tg') < CASE m.type_cd WHEN 'NL' THEN 0.25 + 0.6 * el.reach
                                                                              WHEN 'ANNIV' THEN 0.03 ELSE 0.08 + 0.45 * el.reach END),
s2 AS (
  SELECT s.*, s.date_lancement + INTERVAL (floor(r(sk, 'sd') * 2 * 86400 + 7 * 3600)::BIGINT) SECOND AS ts,
         r(sk, 'op') < 0.06 + 0.55 * eng AS op, r(sk, 'cl') < 0.25 AS cl
  FROM s)
SELECT sk AS envoi_id, campagne_id, id_client::BIGINT AS id_client, canal_cd, ts AS ts_envoi,
       CASE WHEN canal_cd <> 'SMS' AND op THEN ts + INTERVAL (floor(60 + pow(r(sk, 'od'), 3) * 5 * 86400)::BIGINT) SECOND END AS ts_ouverture,
       CASE WHEN op AND cl THEN ts + INTERVAL (floor(120 + pow(r(sk, 'od'), 3) * 5 * 86400 + r(sk, 'cd') * 600)::BIGINT) SECOND END AS ts_clic,
       (r(sk, 'bo') < CASE canal_cd WHEN 'EML' THEN 0.015 ELSE 0.005 END) AS rebond_flg,
       (r(sk, 'un') < 0.003) AS desabo_flg
FROM s2
ORDER BY ts_envoi, envoi_id;
-- A click is never recorded after as_of.
UPDATE mkt.envoi SET ts_ouverture = NULL WHERE ts_ouverture > TIMESTAMP '2026-09-30 23:59:59';
UPDATE mkt.envoi SET ts_clic = NULL WHERE ts_clic > TIMESTAMP '2026-09-30 23:59:59' OR ts_envoi > TIMESTAMP '2026-09-30 23:59:59';
DELETE FROM mkt.envoi WHERE ts_envoi > TIMESTAMP '2026-09-30 23:59:59';

-- ------------------------------------------------------------------------------------------------------------
-- ds: scores of Sunday 2026-09-27, one row per customer. score_reachat: propensity to book a trip in the next
-- 6 months (0-1); score_long_courrier: propensity to book a long-haul trip (0-1); produit_prefere_cd: the
-- predicted favourite product type (SEJ, VH, CRO, CB, CIR).
-- ------------------------------------------------------------------------------------------------------------
CREATE TABLE ds.score_client AS
WITH a AS (
  SELECT c.id_client, max(d.date_resa) AS last_b, count(d.dossier_id) AS n,
         avg(CASE WHEN d.courrier_cd = 'LC' THEN 1.0 ELSE 0.0 END) AS lc,
         mode(d.produit_cd) AS fav
  FROM cust c LEFT JOIN resa.dossier d ON d.id_client = c.id_client AND d.statut_cd <> 'AN'
  GROUP BY c.id_client)
SELECT id_client::BIGINT AS id_client, DATE '2026-09-27' AS date_calcul,
       round(least(0.99, greatest(0.01,
         CASE WHEN last_b IS NULL THEN 0.08 ELSE 0.75 - (DATE '2026-09-30' - last_b) / 1400.0 END
         + least(n, 6) * 0.03 + (r(id_client, 'sr') - 0.5) * 0.3)), 3) AS score_reachat,
       round(least(0.99, greatest(0.01, coalesce(lc, 0.15) * 0.7 + r(id_client, 'sl') * 0.3)), 3) AS score_long_courrier,
       coalesce(fav, ['SEJ', 'VH', 'CB', 'CRO', 'CIR'][1 + floor(r(id_client, 'sf') * 5)::INT]) AS produit_prefere_cd
FROM a
ORDER BY id_client;

ALTER TABLE crm.client ADD PRIMARY KEY (id_client);
ALTER TABLE resa.ref_agence ADD PRIMARY KEY (agence_id);
ALTER TABLE resa.ref_destination ADD PRIMARY KEY (dest_id);
ALTER TABLE resa.dossier ADD PRIMARY KEY (dossier_id);
ALTER TABLE mkt.campagne ADD PRIMARY KEY (campagne_id);
DROP TABLE dest_w; DROP TABLE city_ref; DROP TABLE cust; DROP TABLE cust_agence; DROP TABLE cand; DROP TABLE dos;
DROP MACRO r;
