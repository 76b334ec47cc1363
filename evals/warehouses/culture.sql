-- The Culturama warehouse: a French-speaking chain of culture stores (books, comics/BD, music, video games,
-- stationery, concert and show tickets): 40 stores in France (30), Belgium (6) and Switzerland (4), plus a web shop
-- (home delivery and click & collect). 12,000 clients, four years of sales (2022-10-01 .. as_of 2026-09-30).
-- The data team is French: French schema, table and column names, coded values (rayon LIV/BD/MUS/JV/PAP/BIL,
-- canal MAG/WEB/CC, region codes, ...). Sales are a star (ventes.fait_vente at line grain, keyed to ref.dim_date
-- by an integer yyyymmdd id_date, ref.dim_produit, ref.dim_magasin); the other sources stay operational tables
-- (crm, fidelite, evenements, web, mkt, sav) with their own DATE / TIMESTAMP columns.
-- The paid membership ("carte adhérent", fidelite.adhesion) runs one year per row: some end after as_of.
-- Author events (evenements) include upcoming ones after as_of, with registrations already taken.
-- Deterministic: every draw is a hash. Runs on an empty in-memory DuckDB in a few seconds.
-- Catalog: schema_catalog/catalogs/culture.yaml; blind set: evals/culture/
CREATE MACRO r(k, s) AS ((hash(k, s, 58) % 1000003)::DOUBLE / 1000003.0);
CREATE MACRO dkey(d) AS (year(d) * 10000 + month(d) * 100 + day(d))::INTEGER;
CREATE SCHEMA meta; CREATE SCHEMA ref; CREATE SCHEMA crm; CREATE SCHEMA ventes; CREATE SCHEMA fidelite;
CREATE SCHEMA evenements; CREATE SCHEMA web; CREATE SCHEMA mkt; CREATE SCHEMA sav;
CREATE TABLE meta.warehouse AS SELECT DATE '2026-09-30' AS as_of;

-- ---------------------------------------------------------------------------------------------- calendar
CREATE TABLE ref.dim_date AS
SELECT dkey(d) AS id_date, d AS date_jour, year(d)::SMALLINT AS annee, quarter(d)::SMALLINT AS trimestre,
       month(d)::SMALLINT AS mois,
       ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre',
        'décembre'][month(d)] AS libelle_mois,
       isodow(d)::SMALLINT AS jour_semaine,
       ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'][isodow(d)] AS libelle_jour,
       isodow(d) >= 6 AS est_weekend
FROM (SELECT unnest(range(DATE '2020-01-01', DATE '2028-01-01', INTERVAL 1 DAY))::DATE AS d);

-- ---------------------------------------------------------------------------------------------- stores
-- format_magasin: MEGA mégastore, CV centre-ville, GAL galerie commerciale, WEB the web shop (id 900)
-- region: IDF, ARA (Auvergne-Rhône-Alpes), PAC (Provence-Alpes-Côte d'Azur), HDF, NAQ, OCC, GES (Grand Est), PDL,
-- BRE, NOR, BFC, CVL; BXL Bruxelles-Capitale, WAL Wallonie; ROM Suisse romande; WEB
CREATE TABLE ref.dim_magasin AS
SELECT * FROM (VALUES
  (1, 'PAR01', 'Culturama Paris Rivoli', 'Paris', '75001', 'FR', 'IDF', 'MEGA', DATE '2008-03-01'),
  (2, 'PAR02', 'Culturama Paris Montparnasse', 'Paris', '75015', 'FR', 'IDF', 'MEGA', DATE '2010-09-15'),
  (3, 'PAR03', 'Culturama Paris Bastille', 'Paris', '75011', 'FR', 'IDF', 'CV', DATE '2014-05-01'),
  (4, 'LDF01', 'Culturama La Défense', 'Puteaux', '92800', 'FR', 'IDF', 'GAL', DATE '2012-10-01'),
  (5, 'VER01', 'Culturama Versailles', 'Versailles', '78000', 'FR', 'IDF', 'CV', DATE '2016-04-01'),
  (6, 'LYO01', 'Culturama Lyon Part-Dieu', 'Lyon', '69003', 'FR', 'ARA', 'MEGA', DATE '2009-02-01'),
  (7, 'LYO02', 'Culturama Lyon Bellecour', 'Lyon', '69002', 'FR', 'ARA', 'CV', DATE '2017-11-01'),
  (8, 'GRE01', 'Culturama Grenoble', 'Grenoble', '38000', 'FR', 'ARA', 'CV', DATE '2013-06-01'),
  (9, 'CLF01', 'Culturama Clermont-Ferrand', 'Clermont-Ferrand', '63000', 'FR', 'ARA', 'GAL', DATE '2018-03-01'),
  (10, 'MRS01', 'Culturama Marseille Canebière', 'Marseille', '13001', 'FR', 'PAC', 'MEGA', DATE '2011-09-01'),
  (11, 'NCE01', 'Culturama Nice Masséna', 'Nice', '06000', 'FR', 'PAC', 'CV', DATE '2015-03-01'),
  (12, 'AIX01', 'Culturama Aix-en-Provence', 'Aix-en-Provence', '13100', 'FR', 'PAC', 'CV', DATE '2019-09-01'),
  (13, 'TLN01', 'Culturama Toulon', 'Toulon', '83000', 'FR', 'PAC', 'GAL', DATE '2020-02-01'),
  (14, 'LIL01', 'Culturama Lille Grand-Place', 'Lille', '59000', 'FR', 'HDF', 'MEGA', DATE '2010-04-01'),
  (15, 'AMI01', 'Culturama Amiens', 'Amiens', '80000', 'FR', 'HDF', 'CV', DATE '2018-10-01'),
  (16, 'BOR01', 'Culturama Bordeaux Sainte-Catherine', 'Bordeaux', '33000', 'FR', 'NAQ', 'MEGA', DATE '2011-03-01'),
  (17, 'LIM01', 'Culturama Limoges', 'Limoges', '87000', 'FR', 'NAQ', 'GAL', DATE '2019-04-01'),
  (18, 'TLS01', 'Culturama Toulouse Capitole', 'Toulouse', '31000', 'FR', 'OCC', 'MEGA', DATE '2012-02-01'),
  (19, 'MTP01', 'Culturama Montpellier Comédie', 'Montpellier', '34000', 'FR', 'OCC', 'CV', DATE '2016-09-01'),
  (20, 'STR01', 'Culturama Strasbourg Kléber', 'Strasbourg', '67000', 'FR', 'GES', 'CV', DATE '2013-11-01'),
  (21, 'MET01', 'Culturama Metz', 'Metz', '57000', 'FR', 'GES', 'GAL', DATE '2020-10-01'),
  (22, 'REI01', 'Culturama Reims', 'Reims', '51100', 'FR', 'GES', 'CV', DATE '2017-05-01'),
  (23, 'NAN01', 'Culturama Nantes Commerce', 'Nantes', '44000', 'FR', 'PDL', 'MEGA', DATE '2012-06-01'),
  (24, 'ANG01', 'Culturama Angers', 'Angers', '49000', 'FR', 'PDL', 'CV', DATE '2018-02-01'),
  (25, 'REN01', 'Culturama Rennes', 'Rennes', '35000', 'FR', 'BRE', 'CV', DATE '2014-09-01'),
  (26, 'BRE01', 'Culturama Brest', 'Brest', '29200', 'FR', 'BRE', 'GAL', DATE '2021-03-01'),
  (27, 'ROU01', 'Culturama Rouen', 'Rouen', '76000', 'FR', 'NOR', 'CV', DATE '2015-10-01'),
  (28, 'CAE01', 'Culturama Caen', 'Caen', '14000', 'FR', 'NOR', 'GAL', DATE '2019-11-01'),
  (29, 'DIJ01', 'Culturama Dijon', 'Dijon', '21000', 'FR', 'BFC', 'CV', DATE '2016-03-01'),
  (30, 'TOU01', 'Culturama Tours', 'Tours', '37000', 'FR', 'CVL', 'CV', DATE '2017-09-01'),
  (31, 'BXL01', 'Culturama Bruxelles Toison d''Or', 'Bruxelles', '1050', 'BE', 'BXL', 'MEGA', DATE '2013-03-01'),
  (32, 'BXL02', 'Culturama Woluwe', 'Bruxelles', '1200', 'BE', 'BXL', 'GAL', DATE '2018-06-01'),
  (33, 'LGG01', 'Culturama Liège', 'Liège', '4000', 'BE', 'WAL', 'CV', DATE '2015-02-01'),
  (34, 'NAM01', 'Culturama Namur', 'Namur', '5000', 'BE', 'WAL', 'CV', DATE '2019-10-01'),
  (35, 'CRL01', 'Culturama Charleroi', 'Charleroi', '6000', 'BE', 'WAL', 'GAL', DATE '2020-09-01'),
  (36, 'MON01', 'Culturama Mons', 'Mons', '7000', 'BE', 'WAL', 'CV', DATE '2021-04-01'),
  (37, 'GVA01', 'Culturama Genève Rive', 'Genève', '1204', 'CH', 'ROM', 'MEGA', DATE '2014-10-01'),
  (38, 'LSN01', 'Culturama Lausanne Flon', 'Lausanne', '1003', 'CH', 'ROM', 'CV', DATE '2016-11-01'),
  (39, 'FRI01', 'Culturama Fribourg', 'Fribourg', '1700', 'CH', 'ROM', 'CV', DATE '2020-05-01'),
  (40, 'NEU01', 'Culturama Neuchâtel', 'Neuchâtel', '2000', 'CH', 'ROM', 'CV', DATE '2021-09-01'),
  (900, 'WEB01', 'Culturama.com (boutique en ligne)', NULL, NULL, 'FR', 'WEB', 'WEB', DATE '2012-01-01'))
  AS m(id_magasin, code_magasin, nom_magasin, ville, code_postal, pays, region, format_magasin, date_ouverture);

-- ---------------------------------------------------------------------------------------------- products
-- rayon: LIV livres, BD bandes dessinées / manga / comics, MUS musique, JV jeux vidéo, PAP papeterie, BIL billetterie
CREATE TABLE ref.dim_produit AS
WITH ry AS (
  SELECT * FROM (VALUES
    (1, 'LIV', ['ROMAN', 'ROMAN', 'POLAR', 'JEUNESSE', 'SFF', 'ESSAI'], 7.0, 18.0),
    (2, 'BD', ['BD_FB', 'BD_FB', 'MANGA', 'MANGA', 'COMICS', 'ROMAN_GRAPH'], 9.0, 22.0),
    (3, 'MUS', ['VINYLE', 'VINYLE', 'CD', 'CD', 'AUDIO', 'CD'], 11.0, 28.0),
    (4, 'JV', ['JEU_VIDEO', 'JEU_VIDEO', 'JEU_VIDEO', 'ACC_GAMING', 'ACC_GAMING', 'CONSOLE'], 19.0, 55.0),
    (5, 'PAP', ['SCOLAIRE', 'SCOLAIRE', 'BEAUX_ARTS', 'AGENDA', 'AGENDA', 'BEAUX_ARTS'], 2.5, 25.0),
    (6, 'BIL', ['CONCERT', 'CONCERT', 'SPECTACLE', 'SPECTACLE', 'FESTIVAL', 'CONCERT'], 25.0, 70.0))
  AS t(ri, rayon, genres, pmin, pspan)),
p AS (
  SELECT ri * 1000 + k AS id_produit, rayon,
         CASE WHEN rayon = 'JV' AND k <= 6 THEN 'CONSOLE'
              WHEN rayon = 'JV' AND genres[1 + (k % 6)] = 'CONSOLE' THEN 'JEU_VIDEO'
              ELSE genres[1 + (k % 6)] END AS genre,
         pmin, pspan
  FROM ry, range(1, 101) u(k))
SELECT id_produit::INTEGER AS id_produit,
       lpad((9782000000000 + hash(id_produit, 'ean') % 999999999)::VARCHAR, 13, '0') AS ean,
       CASE genre WHEN 'ROMAN' THEN 'Roman' WHEN 'POLAR' THEN 'Polar' WHEN 'JEUNESSE' THEN 'Album jeunesse'
         WHEN 'SFF' THEN 'Fantasy' WHEN 'ESSAI' THEN 'Essai' WHEN 'BD_FB' THEN 'BD' WHEN 'MANGA' THEN 'Manga'
         WHEN 'COMICS' THEN 'Comics' WHEN 'ROMAN_GRAPH' THEN 'Roman graphique' WHEN 'VINYLE' THEN 'Vinyle'
         WHEN 'CD' THEN 'CD' WHEN 'AUDIO' THEN 'Casque audio' WHEN 'JEU_VIDEO' THEN 'Jeu vidéo'
         WHEN 'ACC_GAMING' THEN 'Manette' WHEN 'CONSOLE' THEN 'Console' WHEN 'SCOLAIRE' THEN 'Cahier'
         WHEN 'BEAUX_ARTS' THEN 'Carnet de croquis' WHEN 'AGENDA' THEN 'Agenda' WHEN 'CONCERT' THEN 'Place de concert'
         WHEN 'SPECTACLE' THEN 'Place de spectacle' ELSE 'Pass festival' END || ' n°' || (id_produit % 1000) AS libelle,
       rayon, genre,
       CASE WHEN rayon IN ('LIV', 'BD') THEN ['Gallimard', 'Hachette', 'Dargaud', 'Glénat', 'Actes Sud', 'Casterman', 'Kana', 'Albin Michel'][1 + floor(r(id_produit, 'ed') * 8)::INT]
            WHEN rayon = 'MUS' THEN ['Universal', 'Sony Music', 'Warner', 'Because', 'PIAS'][1 + floor(r(id_produit, 'ed') * 5)::INT]
            WHEN rayon = 'JV' THEN ['Nintendo', 'Sony', 'Microsoft', 'Ubisoft', 'Electronic Arts'][1 + floor(r(id_produit, 'ed') * 5)::INT]
            WHEN rayon = 'PAP' THEN ['Clairefontaine', 'Moleskine', 'Oxford', 'Quo Vadis'][1 + floor(r(id_produit, 'ed') * 4)::INT]
            ELSE ['Live Nation', 'Fimalac', 'Festival des Vieilles Charrues', 'Paléo Festival'][1 + floor(r(id_produit, 'ed') * 4)::INT]
       END AS editeur_marque,
       round(CASE WHEN genre = 'CONSOLE' THEN 299 + r(id_produit, 'px') * 250
                  ELSE pmin + r(id_produit, 'px') * pspan END, 2)::DECIMAL(10, 2) AS prix_ttc
FROM p;

-- ---------------------------------------------------------------------------------------------- clients
CREATE TABLE crm.client AS
WITH c AS (
  SELECT i, r(i, 'pays') AS rp, DATE '2026-09-30' - floor(pow(r(i, 'crea'), 1.4) * 4000)::INT AS date_creation
  FROM range(1, 12001) t(i)),
c2 AS (
  SELECT i, date_creation,
         CASE WHEN rp < 0.78 THEN 'FR' WHEN rp < 0.92 THEN 'BE' ELSE 'CH' END AS pays
  FROM c),
c3 AS (
  SELECT c2.*,
         CASE pays WHEN 'FR' THEN 1 + floor(pow(r(i, 'mag'), 1.3) * 30)::INT
                   WHEN 'BE' THEN 31 + floor(r(i, 'mag') * 6)::INT
                   ELSE 37 + floor(r(i, 'mag') * 4)::INT END AS id_magasin_rattachement
  FROM c2)
SELECT i::INTEGER AS id_client,
       'CU' || lpad(i::VARCHAR, 8, '0') AS num_client,
       CASE WHEN r(i, 'civ') < 0.53 THEN 'MME' WHEN r(i, 'civ') < 0.96 THEN 'M' ELSE NULL END AS civilite,
       CASE WHEN r(i, 'civ') < 0.53
            THEN ['Camille', 'Léa', 'Manon', 'Chloé', 'Emma', 'Sarah', 'Julie', 'Inès', 'Lucie', 'Anaïs', 'Nathalie', 'Sophie'][1 + floor(r(i, 'pn') * 12)::INT]
            ELSE ['Lucas', 'Hugo', 'Thomas', 'Nathan', 'Julien', 'Maxime', 'Antoine', 'Karim', 'Nicolas', 'Pierre', 'Louis', 'Yanis'][1 + floor(r(i, 'pn') * 12)::INT] END AS prenom,
       ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent',
        'Lefebvre', 'Michel', 'Garcia', 'Peeters', 'Janssens', 'Dupont', 'Favre', 'Rochat', 'Blanc'][1 + floor(r(i, 'nom') * 20)::INT] AS nom,
       'client' || i || '@courriel.example' AS email,
       CASE WHEN r(i, 'tel') < 0.22 THEN NULL
            ELSE CASE c3.pays WHEN 'FR' THEN '+336' WHEN 'BE' THEN '+324' ELSE '+417' END
                 || lpad((hash(i, 'tel') % 100000000)::VARCHAR, 8, '0') END AS telephone_mobile,
       CASE WHEN r(i, 'dn') < 0.11 THEN NULL
            ELSE DATE '2011-06-30' - floor(pow(r(i, 'age'), 0.9) * 24000)::INT END AS date_naissance,
       CASE WHEN r(i, 'vil') < 0.72 THEN m.ville
            ELSE CASE c3.pays WHEN 'FR' THEN ['Paris', 'Boulogne-Billancourt', 'Saint-Denis', 'Villeurbanne', 'Nanterre', 'Montreuil', 'Argenteuil', 'Le Mans', 'Saint-Étienne', 'Perpignan'][1 + floor(r(i, 'v2') * 10)::INT]
                              WHEN 'BE' THEN ['Bruxelles', 'Wavre', 'Louvain-la-Neuve', 'Tournai'][1 + floor(r(i, 'v2') * 4)::INT]
                              ELSE ['Genève', 'Lausanne', 'Sion', 'Yverdon-les-Bains'][1 + floor(r(i, 'v2') * 4)::INT] END END AS ville,
       CASE WHEN c3.pays = 'FR' THEN substr(m.code_postal, 1, 2) || lpad((floor(r(i, 'cp') * 10) * 10)::INT::VARCHAR, 3, '0')
            ELSE substr(m.code_postal, 1, 2) || lpad((floor(r(i, 'cp') * 10) * 10)::INT::VARCHAR, 2, '0') END AS code_postal,
       c3.pays,
       CASE WHEN r(i, 'vil') < 0.72 OR c3.pays <> 'FR' THEN m.region
            ELSE ['IDF', 'IDF', 'IDF', 'ARA', 'IDF', 'IDF', 'IDF', 'PDL', 'ARA', 'OCC'][1 + floor(r(i, 'v2') * 10)::INT] END AS region,
       CASE WHEN c3.pays = 'BE' AND r(i, 'lg') < 0.12 THEN 'nl' ELSE 'fr' END AS langue,
       c3.date_creation,
       CASE WHEN r(i, 'cc') < 0.55 THEN 'MAG' WHEN r(i, 'cc') < 0.88 THEN 'WEB' ELSE 'APP' END AS canal_creation,
       c3.id_magasin_rattachement
FROM c3 JOIN ref.dim_magasin m ON m.id_magasin = c3.id_magasin_rattachement
ORDER BY id_client;

-- ---------------------------------------------------------------------------------------------- membership
-- The paid "carte adhérent": one row per yearly membership (date_fin = date_debut + 1 year - 1 day), renewed or
-- not; the latest often ends after as_of. formule: CLA Classique (15 EUR), JEU Jeune -26 ans (8 EUR), PRE Premium
-- (35 EUR, free delivery). canal_souscription MAG / WEB.
CREATE TABLE fidelite.adhesion AS
WITH a AS (
  SELECT id_client, date_naissance,
         greatest(date_creation, DATE '2021-10-01') AS d0,
         1 + floor(ln(greatest(r(id_client, 'renouv'), 0.000001)) / ln(0.68))::INT AS nb_annees
  FROM crm.client
  WHERE r(id_client, 'adh') < 0.34),
a2 AS (
  SELECT id_client, date_naissance, nb_annees,
         d0 + floor(r(id_client, 'adh0') * greatest(1, DATE '2026-09-30' - d0))::INT AS debut0
  FROM a),
a3 AS (
  SELECT id_client, date_naissance, k, (debut0 + INTERVAL (k) YEAR)::DATE AS date_debut
  FROM a2, range(0, 6) u(k)
  WHERE k < nb_annees)
SELECT (id_client * 10 + k)::BIGINT AS id_adhesion, id_client::INTEGER AS id_client,
       date_debut, (date_debut + INTERVAL 1 YEAR - INTERVAL 1 DAY)::DATE AS date_fin,
       CASE WHEN date_naissance IS NOT NULL AND date_diff('year', date_naissance, date_debut) < 26 THEN 'JEU'
            WHEN r(id_client * 10 + k, 'form') < 0.22 THEN 'PRE' ELSE 'CLA' END AS formule,
       CASE WHEN r(id_client * 10 + k, 'cs') < 0.62 THEN 'MAG' ELSE 'WEB' END AS canal_souscription
FROM a3
WHERE date_debut <= DATE '2026-09-30'
ORDER BY date_debut, id_client;
ALTER TABLE fidelite.adhesion ADD COLUMN montant_cotisation DECIMAL(6, 2);
UPDATE fidelite.adhesion SET montant_cotisation = CASE formule WHEN 'JEU' THEN 8 WHEN 'PRE' THEN 35 ELSE 15 END;

-- ---------------------------------------------------------------------------------------------- sales (star)
-- One row per ticket line. canal: MAG in store, WEB web order delivered at home (id_magasin 900), CC click & collect
-- (ordered on the web shop, collected in the store id_magasin). Anonymous store tickets have no id_client.
CREATE TABLE ventes.fait_vente AS
WITH cp AS (
  SELECT c.id_client, c.pays, c.id_magasin_rattachement AS mag,
         floor(pow(r(c.id_client, 'nb'), 1.8) * 26)::INT
           + CASE WHEN c.id_client IN (SELECT id_client FROM fidelite.adhesion) THEN 4 ELSE 0 END AS nb,
         greatest(c.date_creation, DATE '2022-10-01') AS start_d,
         DATE '2026-09-30' - floor(pow(r(c.id_client, 'calme'), 2.4) * 1300)::INT AS end_d,
         r(c.id_client, 'web') AS pw,
         ['LIV', 'LIV', 'LIV', 'BD', 'BD', 'MUS', 'JV', 'JV', 'PAP', 'BIL'][1 + floor(r(c.id_client, 'fav') * 10)::INT] AS fav
  FROM crm.client c),
tk AS (
  SELECT id_client, pays, mag, pw, fav, (id_client * 1000 + k)::BIGINT AS id_ticket,
         start_d + floor(r(id_client * 1000 + k, 'd') * (end_d - start_d + 1))::INT AS d0, start_d, end_d
  FROM cp, range(0, 60) u(k)
  WHERE k < nb AND end_d >= start_d),
tk2 AS (
  SELECT tk.*,
         CASE WHEN r(id_ticket, 'noel') < 0.14
                   AND make_date(year(d0), 12, 1 + floor(r(id_ticket, 'nd') * 23)::INT) BETWEEN start_d AND end_d
              THEN make_date(year(d0), 12, 1 + floor(r(id_ticket, 'nd') * 23)::INT) ELSE d0 END AS date_achat,
         CASE WHEN pw < 0.38 THEN 'MAG'
              WHEN pw < 0.52 THEN CASE WHEN r(id_ticket, 'can') < 0.7 THEN 'WEB' ELSE 'CC' END
              ELSE CASE WHEN r(id_ticket, 'can') < 0.6 THEN 'MAG' WHEN r(id_ticket, 'can') < 0.85 THEN 'WEB' ELSE 'CC' END
         END AS canal
  FROM tk),
tk3 AS (
  SELECT id_client, id_ticket, date_achat, canal, fav,
         CASE WHEN canal = 'WEB' THEN 900
              WHEN r(id_ticket, 'mg') < 0.78 THEN mag
              WHEN pays = 'FR' THEN 1 + floor(r(id_ticket, 'mg2') * 30)::INT
              WHEN pays = 'BE' THEN 31 + floor(r(id_ticket, 'mg2') * 6)::INT
              ELSE 37 + floor(r(id_ticket, 'mg2') * 4)::INT END AS id_magasin,
         1 + floor(pow(r(id_ticket, 'nl'), 2.2) * 4)::INT AS nl
  FROM tk2
  UNION ALL   -- anonymous store tickets
  SELECT NULL, (90000000 + a)::BIGINT, DATE '2022-10-01' + floor(r(a, 'anod') * 1461)::INT, 'MAG',
         ['LIV', 'BD', 'MUS', 'JV', 'PAP', 'BIL'][1 + floor(r(a, 'anor') * 6)::INT],
         1 + floor(r(a, 'anom') * 40)::INT, 1 + floor(pow(r(a, 'anol'), 2.2) * 3)::INT
  FROM range(1, 25001) t(a)),
li AS (
  SELECT tk3.*, l AS num_ligne,
         CASE WHEN r(id_ticket * 10 + l, 'f') < 0.55 THEN fav
              ELSE ['LIV', 'LIV', 'LIV', 'BD', 'BD', 'MUS', 'JV', 'JV', 'PAP', 'PAP', 'BIL'][1 + floor(r(id_ticket * 10 + l, 'ry') * 11)::INT] END AS rayon
  FROM tk3, range(1, 5) u(l)
  WHERE l <= nl),
li2 AS (
  SELECT li.*,
         (CASE rayon WHEN 'LIV' THEN 1 WHEN 'BD' THEN 2 WHEN 'MUS' THEN 3 WHEN 'JV' THEN 4 WHEN 'PAP' THEN 5 ELSE 6 END) * 1000
           + CASE WHEN rayon = 'JV' AND r(id_ticket * 10 + num_ligne, 'cons') < 0.93 THEN 7 + floor(r(id_ticket * 10 + num_ligne, 'p') * 94)::INT
                  ELSE 1 + floor(r(id_ticket * 10 + num_ligne, 'p') * 100)::INT END AS id_produit,
         CASE WHEN rayon IN ('PAP', 'BIL') AND r(id_ticket * 10 + num_ligne, 'q') < 0.35 THEN 2
              WHEN r(id_ticket * 10 + num_ligne, 'q') < 0.06 THEN 2 ELSE 1 END AS quantite
  FROM li)
SELECT li2.id_ticket, li2.num_ligne::SMALLINT AS num_ligne, dkey(li2.date_achat) AS id_date,
       li2.id_client::INTEGER AS id_client, li2.id_magasin::INTEGER AS id_magasin, li2.id_produit::INTEGER AS id_produit,
       li2.canal, li2.quantite::SMALLINT AS quantite,
       round(p.prix_ttc * li2.quantite * CASE WHEN r(li2.id_ticket * 10 + li2.num_ligne, 'rem') < 0.15 THEN 0.9 ELSE 1 END, 2)::DECIMAL(10, 2) AS montant_ttc
FROM li2 JOIN ref.dim_produit p USING (id_produit)
ORDER BY id_date, id_ticket, num_ligne;

-- ---------------------------------------------------------------------------------------------- author events
-- type_evenement: DED dédicace (signing), REN rencontre-débat, SHO showcase (concert in store), ATE atelier
-- (workshop). Past and upcoming events (up to December 2026).
CREATE TABLE evenements.evenement AS
WITH e AS (
  SELECT k, DATE '2023-01-10' + (k * 7 + floor(r(k, 'ej') * 6))::INT AS d,
         r(k, 'et') AS rt
  FROM range(0, 205) t(k))
SELECT (k + 1)::INTEGER AS id_evenement,
       CASE WHEN rt < 0.55 THEN 'DED' WHEN rt < 0.75 THEN 'REN' WHEN rt < 0.88 THEN 'SHO' ELSE 'ATE' END AS type_evenement,
       CASE WHEN rt < 0.55 THEN ['LIV', 'LIV', 'BD', 'BD', 'BD'][1 + floor(r(k, 'er') * 5)::INT]
            WHEN rt < 0.75 THEN 'LIV' WHEN rt < 0.88 THEN 'MUS'
            ELSE ['PAP', 'JV', 'BD'][1 + floor(r(k, 'er') * 3)::INT] END AS rayon,
       CASE WHEN r(k, 'em') < 0.45 THEN [1, 2, 6, 10, 14, 16, 18, 23, 31, 37][1 + floor(r(k, 'em2') * 10)::INT]
            ELSE 1 + floor(r(k, 'em3') * 40)::INT END AS id_magasin,
       d AS date_evenement,
       ['Riad Sattouf', 'Pénélope Bagieu', 'Joël Dicker', 'Leïla Slimani', 'Guillaume Musso', 'Amélie Nothomb',
        'Michel Bussi', 'Cyril Pedrosa', 'Emmanuel Lepage', 'Marc Levy', 'Zep', 'Catherine Meurisse', 'Fred Vargas',
        'Aya Nakamura', 'Gaël Faye', 'Boulet', 'Florence Cestac', 'Tonino Benacquista'][1 + floor(r(k, 'inv') * 18)::INT] AS invite,
       (40 + floor(r(k, 'cap') * 8) * 10)::INTEGER AS capacite
FROM e;
ALTER TABLE evenements.evenement ADD COLUMN titre VARCHAR;
UPDATE evenements.evenement SET titre = CASE type_evenement WHEN 'DED' THEN 'Dédicace' WHEN 'REN' THEN 'Rencontre'
  WHEN 'SHO' THEN 'Showcase' ELSE 'Atelier' END || ' ' || invite || ' ' || strftime(date_evenement, '%d/%m/%Y');

-- statut: INS registered (upcoming event), PRE attended, ABS did not come, ANN cancelled the registration;
-- date_evenement is copied from the event (the registration tool keeps it on each row)
CREATE TABLE evenements.inscription AS
WITH cand AS (
  SELECT e.id_evenement, e.date_evenement, e.rayon, c.id_client,
         e.date_evenement - (1 + floor(r(e.id_evenement * 100000 + c.id_client, 'di') * 40))::INT AS date_inscription
  FROM evenements.evenement e JOIN crm.client c ON c.id_magasin_rattachement = e.id_magasin
  WHERE r(e.id_evenement * 100000 + c.id_client, 'insc') < 0.045 + 0.10 * r(c.id_client, 'fanevt'))
SELECT (id_evenement * 100000 + id_client)::BIGINT AS id_inscription, id_evenement::INTEGER AS id_evenement,
       id_client::INTEGER AS id_client, date_inscription, date_evenement,
       CASE WHEN date_evenement > DATE '2026-09-30'
              THEN CASE WHEN r(id_evenement * 100000 + id_client, 'st') < 0.08 THEN 'ANN' ELSE 'INS' END
            WHEN r(id_evenement * 100000 + id_client, 'st') < 0.09 THEN 'ANN'
            WHEN r(id_evenement * 100000 + id_client, 'st') < 0.24 THEN 'ABS'
            ELSE 'PRE' END AS statut
FROM cand c JOIN crm.client cl USING (id_client)
WHERE date_inscription >= cl.date_creation AND date_inscription <= DATE '2026-09-30'
ORDER BY date_inscription, id_inscription;

-- ---------------------------------------------------------------------------------------------- points
-- type_mouvement: GAIN points earned on a purchase (1 point per euro; 2 for active card holders), UTIL points spent
-- on a voucher (500 points), BONUS (50 points per event attended), EXPI points expired
CREATE TABLE fidelite.mouvement_points AS
WITH t AS (
  SELECT v.id_ticket, v.id_client, min(v.id_date) AS id_date, sum(v.montant_ttc) AS montant
  FROM ventes.fait_vente v WHERE v.id_client IS NOT NULL GROUP BY v.id_ticket, v.id_client),
g AS (
  SELECT t.id_ticket, t.id_client, strptime(t.id_date::VARCHAR, '%Y%m%d')::DATE AS d,
         floor(t.montant)::INTEGER * CASE WHEN EXISTS (
            SELECT 1 FROM fidelite.adhesion a WHERE a.id_client = t.id_client
              AND strptime(t.id_date::VARCHAR, '%Y%m%d')::DATE BETWEEN a.date_debut AND a.date_fin) THEN 2 ELSE 1 END AS pts
  FROM t),
tot AS (SELECT id_client, sum(pts) AS total, min(d) AS first_d FROM g GROUP BY id_client),
u AS (
  SELECT id_client, k, first_d + floor(r(id_client * 100 + k, 'ud') * (DATE '2026-09-30' - first_d + 1))::INT AS d
  FROM tot, range(0, 40) x(k)
  WHERE k < floor(total / 500.0 * r(id_client, 'util'))),
m AS (
  SELECT id_client, d AS date_mouvement, 'GAIN' AS type_mouvement, pts AS nb_points, id_ticket FROM g
  UNION ALL
  SELECT id_client, d, 'UTIL', -500, NULL FROM u
  UNION ALL
  SELECT i.id_client, e.date_evenement, 'BONUS', 50, NULL
  FROM evenements.inscription i JOIN evenements.evenement e USING (id_evenement) WHERE i.statut = 'PRE')
SELECT row_number() OVER (ORDER BY date_mouvement, id_client, type_mouvement, id_ticket)::BIGINT AS id_mouvement,
       id_client::INTEGER AS id_client, date_mouvement, type_mouvement, nb_points::INTEGER AS nb_points, id_ticket
FROM m
ORDER BY date_mouvement, id_client;

CREATE TABLE fidelite.solde_points AS
SELECT id_client, sum(nb_points)::INTEGER AS solde_points, DATE '2026-09-30' AS date_maj
FROM fidelite.mouvement_points GROUP BY id_client ORDER BY id_client;

-- ---------------------------------------------------------------------------------------------- web analytics
-- Two years of tracking (since 2024-10-01). appareil: ORDI desktop, MOB mobile web, TAB tablet, APP app;
-- source_trafic: SEO, SEA, EMAIL, SOCIAL, DIRECT, AFFIL
CREATE TABLE web.session AS
WITH cs AS (
  SELECT id_client, greatest(date_creation, DATE '2024-10-01') AS start_d,
         floor(pow(r(id_client, 'ns'), 1.7) * CASE WHEN r(id_client, 'web') < 0.38 THEN 4 ELSE 30 END)::INT AS ns
  FROM crm.client),
s AS (
  SELECT id_client, (id_client * 100 + k)::BIGINT AS id_session,
         start_d + floor(r(id_client * 100 + k, 'sd') * (DATE '2026-09-30' - start_d + 1))::INT AS d
  FROM cs, range(0, 30) u(k) WHERE k < ns AND start_d <= DATE '2026-09-30'
  UNION ALL
  SELECT NULL, (90000000 + a)::BIGINT, DATE '2024-10-01' + floor(r(a, 'asd') * 730)::INT
  FROM range(1, 15001) t(a))
SELECT id_session, id_client::INTEGER AS id_client,
       d + INTERVAL (floor(r(id_session, 'h') * 86000)::INT) SECOND AS debut_session,
       ['ORDI', 'MOB', 'MOB', 'MOB', 'TAB', 'APP', 'APP'][1 + floor(r(id_session, 'dev') * 7)::INT] AS appareil,
       ['SEO', 'SEO', 'SEA', 'EMAIL', 'SOCIAL', 'DIRECT', 'DIRECT', 'AFFIL'][1 + floor(r(id_session, 'src') * 8)::INT] AS source_trafic,
       (1 + floor(pow(r(id_session, 'pg'), 2) * 25))::INTEGER AS nb_pages
FROM s
ORDER BY debut_session;

-- type_evenement: VUE_PRODUIT product page, AJOUT_PANIER add to basket, AJOUT_ENVIES added to the wish list,
-- RECHERCHE on-site search (no product)
CREATE TABLE web.evenement_web AS
WITH e AS (
  SELECT s.id_session, s.id_client, s.debut_session, k,
         CASE WHEN k = 0 THEN 'VUE_PRODUIT'
              WHEN r(s.id_session * 10 + k, 'et') < 0.45 THEN 'VUE_PRODUIT'
              WHEN r(s.id_session * 10 + k, 'et') < 0.70 THEN 'AJOUT_PANIER'
              WHEN r(s.id_session * 10 + k, 'et') < 0.82 THEN 'AJOUT_ENVIES'
              ELSE 'RECHERCHE' END AS type_evenement
  FROM web.session s, range(0, 5) u(k)
  WHERE k < 1 + floor(r(s.id_session, 'ne') * least(5, s.nb_pages)))
SELECT (id_session * 10 + k)::BIGINT AS id_evenement_web, id_session, id_client,
       debut_session + INTERVAL (k * 47 + floor(r(id_session * 10 + k, 's') * 40)::INT) SECOND AS horodatage,
       type_evenement,
       CASE WHEN type_evenement = 'RECHERCHE' THEN NULL
            ELSE ([1, 1, 1, 2, 2, 3, 4, 4, 5, 6][1 + floor(r(id_session * 10 + k, 'pr') * 10)::INT] * 1000
                  + 1 + floor(r(id_session * 10 + k, 'pp') * 100)::INT)::INTEGER END AS id_produit
FROM e
ORDER BY horodatage;

-- ---------------------------------------------------------------------------------------------- marketing
-- consent per channel: EMAIL, SMS, COURRIER (postal mail); a missing row means no consent
CREATE TABLE mkt.consentement AS
SELECT id_client, c.canal, (r(id_client, 'opt' || c.canal) < c.p) AS optin,
       (DATE '2026-09-30' - floor(r(id_client, 'om' || c.canal) * least(1500, DATE '2026-09-30' - date_creation + 1))::INT)::TIMESTAMP
         + INTERVAL (floor(r(id_client, 'oh' || c.canal) * 80000)::INT) SECOND AS date_maj
FROM crm.client CROSS JOIN (VALUES ('EMAIL', 0.74), ('SMS', 0.42), ('COURRIER', 0.50)) c(canal, p)
WHERE r(id_client, 'ox' || c.canal) < 0.92
ORDER BY id_client, c.canal;

-- campaigns: canal EMAIL / SMS; type_campagne NL newsletter, PROMO, FID loyalty (card holders), REACT win-back,
-- EVT event invitation, RENTREE back-to-school and new literary season (September)
CREATE TABLE mkt.campagne AS
WITH k AS (
  SELECT k, DATE '2024-10-02' + (k * 5)::INT AS d FROM range(0, 146) t(k)
  UNION ALL
  SELECT 200 + k, DATE '2026-09-01' + (k * 2 + 1)::INT FROM range(0, 14) t(k)
  UNION ALL
  SELECT 300 + k, DATE '2025-09-01' + (k * 3 + 1)::INT FROM range(0, 9) t(k))
SELECT (k + 1)::INTEGER AS id_campagne,
       CASE WHEN k >= 200 OR r(k, 'cc') < 0.8 THEN 'EMAIL' ELSE 'SMS' END AS canal,
       CASE WHEN k >= 200 THEN 'RENTREE'
            ELSE ['NL', 'NL', 'NL', 'PROMO', 'PROMO', 'FID', 'REACT', 'EVT'][1 + floor(r(k, 'ty') * 8)::INT] END AS type_campagne,
       d AS date_lancement
FROM k;
ALTER TABLE mkt.campagne ADD COLUMN nom_campagne VARCHAR;
UPDATE mkt.campagne SET nom_campagne = CASE type_campagne WHEN 'NL' THEN 'La Lettre Culturama' WHEN 'PROMO' THEN 'Offre du moment'
  WHEN 'FID' THEN 'Avantages adhérents' WHEN 'REACT' THEN 'Vous nous manquez' WHEN 'EVT' THEN 'Invitation dédicace'
  ELSE 'Rentrée Culturama' END || ' ' || strftime(date_lancement, '%d/%m/%Y');

-- one row per message sent; date_ouverture is null for SMS (not tracked); date_clic for both (tracked links)
CREATE TABLE mkt.envoi AS
WITH s AS (
  SELECT ca.id_campagne, ca.canal, ca.type_campagne, ca.date_lancement, cl.id_client,
         (ca.id_campagne * 100000 + cl.id_client)::BIGINT AS id_envoi,
         r(cl.id_client, 'eng') AS eng
  FROM mkt.campagne ca JOIN crm.client cl ON cl.date_creation <= ca.date_lancement
  LEFT JOIN mkt.consentement co ON co.id_client = cl.id_client AND co.canal = ca.canal
  WHERE (coalesce(co.optin, false) OR r(cl.id_client, 'leak' || ca.canal) < 0.03)
    AND r(ca.id_campagne * 100000 + cl.id_client, 'cib') < 0.06 + 0.34 * r(cl.id_client, 'reach')
    AND (ca.type_campagne <> 'FID' OR cl.id_client IN (SELECT id_client FROM fidelite.adhesion))),
s2 AS (
  SELECT s.*,
         date_lancement::TIMESTAMP + INTERVAL (8 * 3600 + floor(r(id_envoi, 'h') * 36000)::INT) SECOND AS date_envoi,
         r(id_envoi, 'op') AS ro
  FROM s)
SELECT id_envoi, id_campagne, id_client::INTEGER AS id_client, canal, date_envoi,
       CASE WHEN canal = 'EMAIL' AND ro < 0.04 + 0.55 * eng
                 AND date_envoi + INTERVAL (floor(r(id_envoi, 'od') * 172800)::INT) SECOND < TIMESTAMP '2026-10-01 00:00:00'
            THEN date_envoi + INTERVAL (floor(r(id_envoi, 'od') * 172800)::INT) SECOND END AS date_ouverture,
       CASE WHEN ((canal = 'EMAIL' AND ro < (0.04 + 0.55 * eng) * 0.28) OR (canal = 'SMS' AND ro < 0.02 + 0.12 * eng))
                 AND date_envoi + INTERVAL (floor(r(id_envoi, 'od') * 172800)::INT + 120) SECOND < TIMESTAMP '2026-10-01 00:00:00'
            THEN date_envoi + INTERVAL (floor(r(id_envoi, 'od') * 172800)::INT + 120) SECOND END AS date_clic,
       r(id_envoi, 'rb') < 0.02 AS rebond,
       r(id_envoi, 'ds') < 0.003 AS desabonnement
FROM s2
ORDER BY date_envoi, id_envoi;

-- the do-not-contact list ("liste repoussoir"): motif RGPD opposition, DECES, FRAUDE, PLAINTE
CREATE TABLE mkt.ne_pas_contacter AS
SELECT id_client, ['RGPD', 'RGPD', 'RGPD', 'PLAINTE', 'DECES', 'FRAUDE'][1 + floor(r(id_client, 'npm') * 6)::INT] AS motif,
       DATE '2026-09-30' - floor(r(id_client, 'npd') * 1000)::INT AS date_ajout
FROM crm.client WHERE r(id_client, 'npc') < 0.03
ORDER BY id_client;

-- ---------------------------------------------------------------------------------------------- customer service
-- canal_contact TEL, MAIL, CHAT, MAG; motif LIVR delivery, REMB refund, DEFAUT faulty product, CARTE membership card /
-- points, BILLET ticketing, AUTRE; statut OUV open, ENC in progress, RES resolved; note_satisfaction 1-5 (resolved only)
CREATE TABLE sav.ticket AS
WITH t AS (
  SELECT c.id_client, k, (c.id_client * 10 + k)::BIGINT AS id_ticket_sav,
         greatest(c.date_creation, DATE '2023-10-01') AS s0
  FROM crm.client c, range(0, 4) u(k)
  WHERE r(c.id_client, 'sav') < 0.12 AND k < 1 + floor(pow(r(c.id_client, 'nsav'), 2) * 4)),
t2 AS (
  SELECT t.*, (s0 + floor(r(id_ticket_sav, 'sd') * (DATE '2026-09-30' - s0 + 1))::INT)::TIMESTAMP
               + INTERVAL (floor(r(id_ticket_sav, 'sh') * 40000 + 30000)::INT) SECOND AS date_ouverture
  FROM t WHERE s0 <= DATE '2026-09-30')
SELECT id_ticket_sav, id_client::INTEGER AS id_client, date_ouverture,
       ['TEL', 'TEL', 'MAIL', 'MAIL', 'CHAT', 'MAG'][1 + floor(r(id_ticket_sav, 'cn') * 6)::INT] AS canal_contact,
       ['LIVR', 'LIVR', 'LIVR', 'REMB', 'REMB', 'DEFAUT', 'CARTE', 'BILLET', 'AUTRE'][1 + floor(r(id_ticket_sav, 'mo') * 9)::INT] AS motif,
       CASE WHEN date_ouverture >= TIMESTAMP '2026-09-16' AND r(id_ticket_sav, 'stt') < 0.7
              THEN CASE WHEN r(id_ticket_sav, 'st2') < 0.5 THEN 'OUV' ELSE 'ENC' END
            WHEN r(id_ticket_sav, 'stt') < 0.05 THEN 'ENC'
            ELSE 'RES' END AS statut
FROM t2
ORDER BY date_ouverture;
ALTER TABLE sav.ticket ADD COLUMN note_satisfaction SMALLINT;
UPDATE sav.ticket SET note_satisfaction = (1 + floor(pow(r(id_ticket_sav, 'ns'), 0.6) * 5))::SMALLINT
WHERE statut = 'RES' AND r(id_ticket_sav, 'nsp') < 0.6;

ALTER TABLE crm.client ADD PRIMARY KEY (id_client);
ALTER TABLE ref.dim_date ADD PRIMARY KEY (id_date);
ALTER TABLE ref.dim_magasin ADD PRIMARY KEY (id_magasin);
ALTER TABLE ref.dim_produit ADD PRIMARY KEY (id_produit);
ALTER TABLE evenements.evenement ADD PRIMARY KEY (id_evenement);
ALTER TABLE mkt.campagne ADD PRIMARY KEY (id_campagne);
DROP MACRO dkey;
DROP MACRO r;
