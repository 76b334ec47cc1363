-- The Assura warehouse: a consumer insurer (car, home, health top-up and pet insurance) selling in France, Belgium
-- and Luxembourg, direct (web, phone) and through its agencies. 12,000 policyholders, three years of history up to
-- as_of 2026-09-30 (renewal dates of policies in force run up to a year after it). Schemas per source system:
-- crm (customers, quotes, agency contacts, complaints, consent, do-not-contact), pol (policy administration),
-- sin (claims), mkt (campaign tool), ds (yearly multi-equipment score), meta (as_of). French column names and
-- code columns whose meaning only the catalog gives (product codes AUT/MRH/SAN/ANI, status V/R/C, reason codes).
-- Deterministic: every draw is a hash. Runs on an empty in-memory DuckDB in about a second.
-- Catalog: schema_catalog/catalogs/insurance.yaml; blind set: evals/insurance/
CREATE MACRO r(k, s) AS ((hash(k, s, 61) % 1000003)::DOUBLE / 1000003.0);
CREATE SCHEMA meta; CREATE SCHEMA crm; CREATE SCHEMA pol; CREATE SCHEMA sin; CREATE SCHEMA mkt; CREATE SCHEMA ds;
CREATE TABLE meta.warehouse AS SELECT DATE '2026-09-30' AS as_of, 12000::BIGINT AS customers, 61::BIGINT AS seed;

-- region_cd: IDF Île-de-France, ARA Auvergne-Rhône-Alpes, PAC Provence-Alpes-Côte d'Azur, HDF Hauts-de-France,
-- OCC Occitanie, NAQ Nouvelle-Aquitaine, BRE Bretagne, GES Grand Est (FR); BRU Bruxelles-Capitale, WAL Wallonie,
-- VLA Flandre (BE); LUX Luxembourg (LU). situation_fam_cd: C célibataire, M marié(e), P pacsé(e) / cohabitant,
-- D divorcé(e), V veuf/veuve.
CREATE TABLE crm.client AS
WITH c AS (
  SELECT i, r(i, 'reg') AS rr, r(i, 'city') AS rc FROM range(1, 12001) t(i)),
c2 AS (
  SELECT i, rc,
         CASE WHEN rr < 0.20 THEN 'IDF' WHEN rr < 0.32 THEN 'ARA' WHEN rr < 0.41 THEN 'PAC' WHEN rr < 0.49 THEN 'HDF'
              WHEN rr < 0.56 THEN 'OCC' WHEN rr < 0.63 THEN 'NAQ' WHEN rr < 0.68 THEN 'BRE' WHEN rr < 0.74 THEN 'GES'
              WHEN rr < 0.81 THEN 'BRU' WHEN rr < 0.88 THEN 'WAL' WHEN rr < 0.95 THEN 'VLA' ELSE 'LUX' END AS region_cd
  FROM c)
SELECT i::INTEGER AS id_client,
       'AS' || lpad(i::VARCHAR, 7, '0') AS num_client,
       ['Camille', 'Louis', 'Emma', 'Hugo', 'Léa', 'Jules', 'Manon', 'Nathalie', 'Chloé', 'Gabriel', 'Sophie', 'Lucas',
        'Julie', 'Thomas', 'Laura', 'Philippe', 'Anne', 'Luc', 'Sarah', 'Pierre'][1 + floor(r(i, 'fn') * 20)::INT] AS prenom,
       ['Martin', 'Bernard', 'Dubois', 'Durand', 'Leroy', 'Moreau', 'Fournier', 'Peeters', 'Janssens', 'Lambert',
        'Schmit', 'Weber', 'Girard', 'Petit', 'Roux', 'Dupont', 'Maes', 'Muller'][1 + floor(r(i, 'ln') * 18)::INT] AS nom,
       'client' || i || '@mail.example' AS email,
       CASE WHEN r(i, 'ph') < 0.15 THEN NULL ELSE '+' || (33600000000 + hash(i, 'p') % 99999999)::VARCHAR END AS tel_mobile,
       CASE WHEN r(i, 'bd') < 0.03 THEN NULL
            ELSE DATE '1938-01-01' + floor(pow(r(i, 'age'), 0.9) * 24500)::INT END AS date_naissance,
       CASE WHEN r(i, 'g') < 0.51 THEN 'F' ELSE 'M' END AS sexe_cd,
       CASE region_cd
         WHEN 'IDF' THEN ['Paris', 'Paris', 'Boulogne-Billancourt', 'Versailles', 'Saint-Denis'][1 + floor(rc * 5)::INT]
         WHEN 'ARA' THEN ['Lyon', 'Lyon', 'Grenoble', 'Saint-Étienne', 'Annecy'][1 + floor(rc * 5)::INT]
         WHEN 'PAC' THEN ['Marseille', 'Marseille', 'Nice', 'Toulon', 'Aix-en-Provence'][1 + floor(rc * 5)::INT]
         WHEN 'HDF' THEN ['Lille', 'Lille', 'Amiens', 'Roubaix'][1 + floor(rc * 4)::INT]
         WHEN 'OCC' THEN ['Toulouse', 'Toulouse', 'Montpellier', 'Nîmes'][1 + floor(rc * 4)::INT]
         WHEN 'NAQ' THEN ['Bordeaux', 'Bordeaux', 'Limoges', 'Poitiers'][1 + floor(rc * 4)::INT]
         WHEN 'BRE' THEN ['Rennes', 'Brest', 'Quimper'][1 + floor(rc * 3)::INT]
         WHEN 'GES' THEN ['Strasbourg', 'Metz', 'Reims', 'Nancy'][1 + floor(rc * 4)::INT]
         WHEN 'BRU' THEN ['Bruxelles', 'Bruxelles', 'Ixelles', 'Uccle'][1 + floor(rc * 4)::INT]
         WHEN 'WAL' THEN ['Liège', 'Namur', 'Charleroi', 'Mons'][1 + floor(rc * 4)::INT]
         WHEN 'VLA' THEN ['Antwerpen', 'Gent', 'Brugge', 'Leuven'][1 + floor(rc * 4)::INT]
         ELSE ['Luxembourg', 'Luxembourg', 'Esch-sur-Alzette', 'Differdange'][1 + floor(rc * 4)::INT] END AS ville,
       region_cd,
       CASE WHEN region_cd IN ('BRU', 'WAL', 'VLA') THEN 'BE' WHEN region_cd = 'LUX' THEN 'LU' ELSE 'FR' END AS pays_cd,
       CASE WHEN r(i, 'sf') < 0.30 THEN 'C' WHEN r(i, 'sf') < 0.72 THEN 'M' WHEN r(i, 'sf') < 0.86 THEN 'P'
            WHEN r(i, 'sf') < 0.96 THEN 'D' ELSE 'V' END AS situation_fam_cd,
       DATE '2026-09-30' - floor(pow(r(i, 'ent'), 1.3) * 7300)::INT AS date_entree
FROM c2;

-- Policies. produit_cd: AUT car, MRH home (multirisque habitation), SAN health top-up (surcomplémentaire santé),
-- ANI pet. statut_cd: V in force (en vigueur), R cancelled (résilié, with motif_resil_cd), C lapsed (caduc: unpaid
-- premiums). motif_resil_cd: PRIX premium too high, CONC left for a competitor, VENTE car or home sold, DEMEN moved,
-- SIN cancelled by us after claims, DECES death of the insured / pet. fractionnement_cd: M monthly, T quarterly,
-- A yearly. canal_sous_cd: WEB website, TEL phone (call centre), AGE agency (agence_cd set).
-- date_echeance: the next anniversary (renewal) date of a policy in force, after as_of; null otherwise.
CREATE TABLE pol.contrat AS
WITH p AS (
  SELECT c.id_client, c.date_entree, c.region_cd, x.produit_cd, x.k,
         c.id_client * 10 + x.k AS id_contrat,
         r(c.id_client, 'agp') < 0.42 AS agency_client
  FROM crm.client c CROSS JOIN (VALUES ('AUT', 1, 0.66), ('MRH', 2, 0.58), ('SAN', 3, 0.22), ('ANI', 4, 0.11)) x(produit_cd, k, p)
  WHERE r(c.id_client, 'h' || x.produit_cd) < x.p
     OR (x.produit_cd = 'MRH' AND r(c.id_client, 'hAUT') >= 0.66 AND r(c.id_client, 'hMRH') >= 0.58)),
p2 AS (
  SELECT p.*,
         CASE WHEN k = 1 OR (k = 2 AND r(id_client, 'hAUT') >= 0.66) THEN date_entree
              ELSE date_entree + floor(r(id_contrat, 'eff') * (DATE '2026-09-30' - date_entree))::INT END AS date_effet,
         r(id_contrat, 'st') AS rs
  FROM p),
p3 AS (
  SELECT p2.*,
         CASE WHEN rs < 0.74 THEN 'V' WHEN rs < 0.80 THEN 'C' ELSE 'R' END AS statut_cd,
         greatest(date_effet + 30, DATE '2023-10-01') AS fin_min
  FROM p2)
SELECT id_contrat::BIGINT AS id_contrat,
       'P' || produit_cd || lpad(id_contrat::VARCHAR, 7, '0') AS num_police,
       id_client, produit_cd,
       CASE WHEN produit_cd = 'AUT' THEN CASE WHEN r(id_contrat, 'f') < 0.5 THEN 'TR' WHEN r(id_contrat, 'f') < 0.8 THEN 'TP' ELSE 'TIE' END
            WHEN produit_cd = 'MRH' THEN CASE WHEN r(id_contrat, 'f') < 0.62 THEN 'PROP' ELSE 'LOC' END
            WHEN produit_cd = 'SAN' THEN CASE WHEN r(id_contrat, 'f') < 0.5 THEN 'ESS' ELSE 'CONF' END
            ELSE CASE WHEN r(id_contrat, 'f') < 0.7 THEN 'CHIEN' ELSE 'CHAT' END END AS formule_cd,
       round(CASE produit_cd WHEN 'AUT' THEN 380 + pow(r(id_contrat, 'pr'), 1.6) * 1300
                             WHEN 'MRH' THEN 140 + pow(r(id_contrat, 'pr'), 1.8) * 620
                             WHEN 'SAN' THEN 260 + pow(r(id_contrat, 'pr'), 1.4) * 1100
                             ELSE 120 + pow(r(id_contrat, 'pr'), 1.5) * 420 END, 2)::DECIMAL(10, 2) AS prime_annuelle,
       CASE WHEN r(id_contrat, 'fr') < 0.55 THEN 'M' WHEN r(id_contrat, 'fr') < 0.67 THEN 'T' ELSE 'A' END AS fractionnement_cd,
       CASE WHEN agency_client THEN 'AGE' WHEN r(id_contrat, 'ch') < 0.62 THEN 'WEB' ELSE 'TEL' END AS canal_sous_cd,
       CASE WHEN agency_client THEN 'AG-' || region_cd || '-' || (1 + floor(r(id_client, 'ag') * 2)::INT) END AS agence_cd,
       date_effet,
       statut_cd,
       CASE WHEN statut_cd = 'V' THEN
              CASE WHEN date_effet + to_years(datediff('year', date_effet, DATE '2026-09-30')::INT) > DATE '2026-09-30'
                   THEN date_effet + to_years(datediff('year', date_effet, DATE '2026-09-30')::INT)
                   ELSE date_effet + to_years(datediff('year', date_effet, DATE '2026-09-30')::INT + 1) END::DATE END AS date_echeance,
       CASE WHEN statut_cd <> 'V' THEN least(DATE '2026-09-30',
              fin_min + floor(r(id_contrat, 'fin') * greatest(1, DATE '2026-09-30' - fin_min))::INT) END AS date_fin,
       CASE WHEN statut_cd = 'R' THEN
              CASE WHEN r(id_contrat, 'mo') < 0.34 THEN 'PRIX' WHEN r(id_contrat, 'mo') < 0.55 THEN 'CONC'
                   WHEN r(id_contrat, 'mo') < 0.72 THEN 'VENTE' WHEN r(id_contrat, 'mo') < 0.86 THEN 'DEMEN'
                   WHEN r(id_contrat, 'mo') < 0.95 THEN 'SIN' ELSE 'DECES' END END AS motif_resil_cd
FROM p3
ORDER BY date_effet, id_contrat;

-- Claims (sinistres), three years: type_sinistre_cd per product: AUT: ACC accident, BDG glass breakage (bris de
-- glace), VOL theft; MRH: DDE water damage (dégât des eaux), INC fire, CAM burglary (cambriolage), CLI storm /
-- natural event; SAN: SOI care reimbursement; ANI: VET vet fees. statut_cd: O open (en cours), C closed and paid
-- (clos indemnisé), R refused. montant_regle is null while open, 0 when refused. Dated by date_survenance (the day
-- it happened); date_declaration is when it was reported.
CREATE TABLE sin.sinistre AS
WITH c AS (
  SELECT id_contrat, id_client, produit_cd,
         greatest(date_effet, DATE '2023-10-01') AS d0, coalesce(date_fin, DATE '2026-09-30') AS d1
  FROM pol.contrat),
n AS (
  SELECT c.*, floor(pow(r(id_contrat, 'nsin'), 2.2) * CASE produit_cd WHEN 'SAN' THEN 7 WHEN 'ANI' THEN 5 WHEN 'AUT' THEN 3 ELSE 2.5 END
                    * greatest(0, d1 - d0) / 1095.0 + 0.35 * r(id_contrat, 'ns2'))::INT AS nb
  FROM c WHERE d1 > d0),
s AS (
  SELECT n.*, id_contrat * 100 + k AS id_sinistre,
         d0 + floor(r(id_contrat * 100 + k, 'ds') * (d1 - d0))::INT AS survenance,
         r(id_contrat * 100 + k, 't') AS rt
  FROM n, unnest(range(nb)) u(k)),
s2 AS (
  SELECT s.*,
         CASE produit_cd
           WHEN 'AUT' THEN CASE WHEN rt < 0.5 THEN 'ACC' WHEN rt < 0.85 THEN 'BDG' ELSE 'VOL' END
           WHEN 'MRH' THEN CASE WHEN rt < 0.45 THEN 'DDE' WHEN rt < 0.55 THEN 'INC' WHEN rt < 0.75 THEN 'CAM' ELSE 'CLI' END
           WHEN 'SAN' THEN 'SOI' ELSE 'VET' END AS type_sinistre_cd,
         round(CASE produit_cd
           WHEN 'AUT' THEN CASE WHEN rt < 0.5 THEN 600 + pow(r(id_sinistre, 'm'), 2.5) * 14000
                                WHEN rt < 0.85 THEN 250 + r(id_sinistre, 'm') * 900 ELSE 2000 + pow(r(id_sinistre, 'm'), 2) * 18000 END
           WHEN 'MRH' THEN CASE WHEN rt < 0.45 THEN 400 + pow(r(id_sinistre, 'm'), 2.2) * 9000
                                WHEN rt < 0.55 THEN 1500 + pow(r(id_sinistre, 'm'), 2) * 60000
                                WHEN rt < 0.75 THEN 800 + pow(r(id_sinistre, 'm'), 2) * 12000 ELSE 500 + pow(r(id_sinistre, 'm'), 2.3) * 15000 END
           WHEN 'SAN' THEN 40 + pow(r(id_sinistre, 'm'), 2) * 1500
           ELSE 60 + pow(r(id_sinistre, 'm'), 2) * 2200 END, 2) AS reclame,
         CASE WHEN survenance > DATE '2026-09-30' - 60 AND r(id_sinistre, 'so') < 0.55 THEN 'O'
              WHEN r(id_sinistre, 'so') < 0.04 THEN 'O'
              WHEN r(id_sinistre, 'sr') < 0.11 THEN 'R' ELSE 'C' END AS statut_cd
  FROM s)
SELECT id_sinistre::BIGINT AS id_sinistre, id_contrat, id_client, produit_cd, type_sinistre_cd,
       survenance AS date_survenance,
       least(DATE '2026-09-30', survenance + floor(pow(r(id_sinistre, 'dd'), 2) * 25)::INT) AS date_declaration,
       reclame::DECIMAL(12, 2) AS montant_reclame,
       CASE statut_cd WHEN 'O' THEN NULL WHEN 'R' THEN 0
            ELSE round(reclame * (0.55 + 0.45 * r(id_sinistre, 'rg')), 2) END::DECIMAL(12, 2) AS montant_regle,
       statut_cd
FROM s2
ORDER BY date_survenance, id_sinistre;

-- Quotes (devis) requested, three years: produit_cd as policies; canal_cd WEB, TEL, AGE (agency);
-- transforme_flg true when the quote became a policy.
CREATE TABLE crm.devis AS
WITH q AS (
  SELECT id_client, floor(pow(r(id_client, 'nq'), 2.4) * 5)::INT AS nq FROM crm.client),
q2 AS (
  SELECT id_client, id_client * 10 + k AS id_devis FROM q, unnest(range(nq)) u(k))
SELECT id_devis::BIGINT AS id_devis, id_client,
       DATE '2023-10-01' + floor(pow(r(id_devis, 'dq'), 0.8) * 1095)::INT AS date_devis,
       ['AUT', 'AUT', 'AUT', 'MRH', 'MRH', 'SAN', 'SAN', 'ANI'][1 + floor(r(id_devis, 'pq') * 8)::INT] AS produit_cd,
       CASE WHEN r(id_devis, 'cq') < 0.55 THEN 'WEB' WHEN r(id_devis, 'cq') < 0.75 THEN 'TEL' ELSE 'AGE' END AS canal_cd,
       round(150 + pow(r(id_devis, 'mq'), 1.5) * 1400, 2)::DECIMAL(10, 2) AS prime_proposee,
       r(id_devis, 'tq') < 0.33 AS transforme_flg
FROM q2
ORDER BY date_devis, id_devis;

-- Agency contacts: visits (VIS) and phone calls (APP) with an agency, for customers attached to one.
-- objet_cd: DEV quote, SIN claim, CON advice / review of cover, RES cancellation request, ADM administration.
CREATE TABLE crm.contact_agence AS
WITH a AS (
  SELECT id_client, agence_cd, floor(pow(r(id_client, 'na'), 1.8) * 7)::INT AS na
  FROM (SELECT id_client, min(agence_cd) AS agence_cd FROM pol.contrat WHERE agence_cd IS NOT NULL GROUP BY id_client)),
a2 AS (SELECT id_client, agence_cd, id_client * 10 + k AS id_contact FROM a, unnest(range(na)) u(k))
SELECT id_contact::BIGINT AS id_contact, id_client, agence_cd,
       DATE '2023-10-01' + floor(r(id_contact, 'dc') * 1096)::INT AS date_contact,
       CASE WHEN r(id_contact, 'tc') < 0.45 THEN 'VIS' ELSE 'APP' END AS type_contact_cd,
       ['DEV', 'DEV', 'SIN', 'CON', 'CON', 'RES', 'ADM', 'ADM'][1 + floor(r(id_contact, 'oc') * 8)::INT] AS objet_cd
FROM a2
ORDER BY date_contact, id_contact;

-- Customer-service complaints (réclamations). motif_cd: SIN claim handling, TAR premium increase / pricing,
-- DEL delays, GES administration / billing errors, RES cancellation handling. canal_cd: EMAIL, TEL, COURRIER.
-- statut_cd: OUV open, CLO closed.
CREATE TABLE crm.reclamation AS
WITH c AS (
  SELECT id_client, CASE WHEN r(id_client, 'rec') < 0.07 THEN 1 + floor(r(id_client, 'rec2') * 3)::INT ELSE 0 END AS nr FROM crm.client),
c2 AS (SELECT id_client, id_client * 10 + k AS id_reclamation FROM c, unnest(range(nr)) u(k))
SELECT id_reclamation::BIGINT AS id_reclamation, id_client,
       DATE '2023-10-01' + floor(r(id_reclamation, 'dr') * 1096)::INT AS date_reclamation,
       ['SIN', 'SIN', 'TAR', 'TAR', 'DEL', 'GES', 'RES'][1 + floor(r(id_reclamation, 'mr') * 7)::INT] AS motif_cd,
       CASE WHEN r(id_reclamation, 'cr') < 0.5 THEN 'EMAIL' WHEN r(id_reclamation, 'cr') < 0.85 THEN 'TEL' ELSE 'COURRIER' END AS canal_cd,
       CASE WHEN r(id_reclamation, 'sr') < 0.15 THEN 'OUV' ELSE 'CLO' END AS statut_cd
FROM c2
ORDER BY date_reclamation, id_reclamation;

-- Campaign messages (two years), one row per message sent: canal_cd EMAIL, SMS, COURRIER (post);
-- objectif_cd XSELL cross-sell, RENOUV renewal reminder, NEWS newsletter, PREV prevention tips, FIDEL loyalty.
-- ouvert_flg: e-mail only (null for SMS and post: not tracked); clique_flg: e-mail and SMS (null for post).
CREATE TABLE mkt.envoi AS
WITH camp AS (
  SELECT k AS id_campagne, DATE '2024-10-01' + (k * 9)::INT AS lancement,
         CASE WHEN r(k, 'cc') < 0.68 THEN 'EMAIL' WHEN r(k, 'cc') < 0.88 THEN 'SMS' ELSE 'COURRIER' END AS canal_cd,
         ['XSELL', 'XSELL', 'RENOUV', 'NEWS', 'NEWS', 'PREV', 'FIDEL'][1 + floor(r(k, 'ob') * 7)::INT] AS objectif_cd
  FROM range(1, 81) t(k)
  UNION ALL   -- the September 2026 push: seven more campaigns in four weeks (over-solicited customers)
  SELECT k, DATE '2026-08-29' + ((k - 100) * 4)::INT, CASE WHEN k % 3 = 0 THEN 'SMS' ELSE 'EMAIL' END,
         ['XSELL', 'RENOUV', 'PREV', 'FIDEL', 'XSELL', 'RENOUV', 'NEWS'][k - 100]
  FROM range(101, 108) t(k)),
camp2 AS (
  SELECT *, CASE objectif_cd WHEN 'XSELL' THEN 'Offre multi-équipement' WHEN 'RENOUV' THEN 'Votre échéance approche'
              WHEN 'NEWS' THEN 'Lettre Assura' WHEN 'PREV' THEN 'Conseils prévention' ELSE 'Merci de votre fidélité' END
            || ' ' || strftime(lancement, '%m/%Y') AS nom_campagne
  FROM camp WHERE lancement <= DATE '2026-09-27')
SELECT (c.id_campagne * 100000 + cl.id_client)::BIGINT AS id_envoi, c.id_campagne, c.nom_campagne, c.objectif_cd, c.canal_cd,
       cl.id_client,
       c.lancement + floor(r(c.id_campagne * 100000 + cl.id_client, 'sd') * 3)::INT AS date_envoi,
       CASE WHEN c.canal_cd = 'EMAIL' THEN r(c.id_campagne * 100000 + cl.id_client, 'op') < 0.06 + 0.5 * r(cl.id_client, 'eng') END AS ouvert_flg,
       CASE WHEN c.canal_cd <> 'COURRIER' THEN r(c.id_campagne * 100000 + cl.id_client, 'op') < (0.06 + 0.5 * r(cl.id_client, 'eng')) * 0.22 END AS clique_flg
FROM camp2 c JOIN crm.client cl ON cl.date_entree <= c.lancement
WHERE r(c.id_campagne * 100000 + cl.id_client, 'tg') < 0.08 + 0.30 * r(cl.id_client, 'reach')
                                                       
ORDER BY date_envoi, id_envoi;

-- Consent per channel (EMAIL, SMS, COURRIER post, TEL phone canvassing); no row = no consent.
CREATE TABLE crm.consentement AS
SELECT id_client, x.canal_cd, (r(id_client, 'c' || x.canal_cd) < x.p) AS optin_flg,
       DATE '2026-09-30' - floor(r(id_client, 'cd' || x.canal_cd) * 1200)::INT AS date_maj
FROM crm.client CROSS JOIN (VALUES ('EMAIL', 0.70), ('SMS', 0.42), ('COURRIER', 0.85), ('TEL', 0.30)) x(canal_cd, p)
WHERE r(id_client, 'cx' || x.canal_cd) < 0.9
ORDER BY id_client, x.canal_cd;

-- Do-not-contact list (liste d'opposition): motif_cd RGPD erasure / objection, BLOCTEL phone opt-out register,
-- LITIGE dispute in progress, DECES deceased.
CREATE TABLE crm.ne_pas_contacter AS
SELECT id_client, ['RGPD', 'RGPD', 'BLOCTEL', 'LITIGE', 'DECES'][1 + floor(r(id_client, 'dr') * 5)::INT] AS motif_cd,
       DATE '2026-09-30' - floor(r(id_client, 'dd') * 1000)::INT AS date_ajout
FROM crm.client WHERE r(id_client, 'dnc') < 0.035;

-- Multi-equipment (cross-sell) score, computed once a year on 15 January for every customer then in portfolio:
-- score_multi 0-100 (propensity to take one more product), nb_produits the product lines held that day.
CREATE TABLE ds.score_multi AS
SELECT c.id_client, y.annee::SMALLINT AS annee, make_date(y.annee, 1, 15) AS date_calcul,
       (SELECT count(DISTINCT produit_cd) FROM pol.contrat p WHERE p.id_client = c.id_client
          AND p.date_effet <= make_date(y.annee, 1, 15) AND coalesce(p.date_fin, DATE '2099-01-01') > make_date(y.annee, 1, 15))::SMALLINT AS nb_produits,
       least(100, floor(100 * pow(r(c.id_client, 'sm'), 1.2) * (0.85 + 0.3 * r(c.id_client * 10 + y.annee, 'sy'))))::SMALLINT AS score_multi
FROM crm.client c CROSS JOIN (VALUES (2024), (2025), (2026)) y(annee)
WHERE c.date_entree <= make_date(y.annee, 1, 15)
ORDER BY date_calcul, id_client;

ALTER TABLE crm.client ADD PRIMARY KEY (id_client);
ALTER TABLE pol.contrat ADD PRIMARY KEY (id_contrat);
DROP MACRO r;
