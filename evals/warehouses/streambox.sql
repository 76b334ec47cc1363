-- The StreamBox warehouse (schema_catalog/catalogs/streambox.yaml): 3,000 subscribers,
-- deterministic (every draw is a hash), as of 2026-06-30.
CREATE MACRO r(k, s) AS ((hash(k, s, 7) % 1000003)::DOUBLE / 1000003.0);
CREATE SCHEMA meta; CREATE SCHEMA accounts; CREATE SCHEMA billing; CREATE SCHEMA playback; CREATE SCHEMA outreach; CREATE SCHEMA care;
CREATE TABLE meta.warehouse AS SELECT DATE '2026-06-30' AS as_of;

CREATE TABLE accounts.subscribers AS
SELECT i::BIGINT AS subscriber_id,
       'viewer' || i || '@example.org' AS email,
       CASE WHEN r(i, 'mob') < 0.3 THEN NULL ELSE '+4477' || (1000000 + hash(i, 'm') % 8999999)::VARCHAR END AS mobile,
       ['Alex', 'Sam', 'Charlie', 'Robin', 'Jules', 'Noa'][1 + floor(r(i, 'fn') * 6)::INT] || ' ' ||
       ['Moreau', 'Keller', 'Ruiz', 'Bianchi', 'Walsh', 'Carter'][1 + floor(r(i, 'ln') * 6)::INT] AS full_name,
       CASE WHEN r(i, 'dob') < 0.08 THEN NULL ELSE DATE '2008-06-30' - floor(r(i, 'age') * 365 * 55)::INT END AS date_of_birth,
       c.country_code, c.city,
       DATE '2026-06-30' - floor(pow(r(i, 'join'), 1.5) * 1500)::INT AS joined_on,
       ['basic', 'standard', 'standard', 'premium', 'family'][1 + floor(r(i, 'plan') * 5)::INT] AS plan,
       CASE WHEN r(i, 'cyc') < 0.3 THEN 'annual' ELSE 'monthly' END AS billing_cycle,
       ['ads', 'friend', 'partner', 'organic', 'organic'][1 + floor(r(i, 'ref') * 5)::INT] AS referral_source,
       CASE WHEN r(i, 'st') < 0.75 THEN 'active' WHEN r(i, 'st') < 0.85 THEN 'paused' ELSE 'cancelled' END AS status
FROM range(1, 3001) t(i)
JOIN (VALUES (0, 'FR', 'Paris'), (1, 'FR', 'Lyon'), (2, 'DE', 'Berlin'), (3, 'DE', 'Munich'), (4, 'ES', 'Madrid'),
             (5, 'ES', 'Valencia'), (6, 'IT', 'Rome'), (7, 'GB', 'London'), (8, 'GB', 'Leeds'), (9, 'US', 'Boston'))
     AS c(slot, country_code, city) ON c.slot = floor(r(i, 'city') * 10)::INT;

CREATE TABLE accounts.optins AS
SELECT s.subscriber_id, ch.channel, r(s.subscriber_id, 'g' || ch.channel) < ch.p AS granted
FROM accounts.subscribers s CROSS JOIN (VALUES ('email', 0.7), ('sms', 0.4)) ch(channel, p)
WHERE r(s.subscriber_id, 'o' || ch.channel) < 0.85;

CREATE TABLE accounts.suppressed AS
SELECT subscriber_id, 'complaint' AS reason FROM accounts.subscribers WHERE r(subscriber_id, 'sup') < 0.03;

CREATE TABLE billing.payments AS
WITH k AS (SELECT subscriber_id, joined_on, unnest(range(least(48, (DATE '2026-06-30' - joined_on) // 30 + 1))) AS k
           FROM accounts.subscribers)
SELECT (subscriber_id * 100 + k)::BIGINT AS payment_id, subscriber_id,
       (joined_on + (k * 30)::INT)::TIMESTAMP + INTERVAL 3 HOUR AS paid_at,
       round(8 + r(subscriber_id, 'amt') * 12, 2)::DECIMAL(10,2) AS amount,
       CASE WHEN r(subscriber_id * 100 + k, 'out') < 0.06 THEN 'failed'
            WHEN r(subscriber_id * 100 + k, 'out') < 0.08 THEN 'refunded' ELSE 'succeeded' END AS outcome
FROM k;

CREATE TABLE playback.views AS
WITH k AS (SELECT subscriber_id, joined_on, unnest(range(floor(pow(r(subscriber_id, 'nv'), 2) * 120)::BIGINT)) AS k
           FROM accounts.subscribers)
SELECT (subscriber_id * 1000 + k)::BIGINT AS view_id, subscriber_id,
       (DATE '2026-06-30' - 1 - floor(pow(r(subscriber_id * 1000 + k, 'vd'), 2) * least(400, DATE '2026-06-30' - joined_on))::INT)::TIMESTAMP
         + to_seconds(floor(r(subscriber_id * 1000 + k, 'vt') * 86399)::BIGINT) AS watched_at,
       ['drama', 'comedy', 'documentary', 'kids', 'sports', 'thriller'][1 + floor(r(subscriber_id * 1000 + k, 'gen') * 6)::INT] AS genre,
       ['The Crown', 'Dark', 'Money Heist', 'Planet Earth', 'Bluey', 'Drive to Survive', 'Succession', 'The Office'][
         1 + floor(r(subscriber_id * 1000 + k, 'ti') * 8)::INT] AS title,
       ['tv', 'tv', 'mobile', 'web', 'tablet'][1 + floor(r(subscriber_id * 1000 + k, 'dev') * 5)::INT] AS device,
       (5 + floor(r(subscriber_id * 1000 + k, 'min') * 115))::INTEGER AS minutes
FROM k;

CREATE TABLE outreach.sends AS
WITH k AS (SELECT subscriber_id, unnest(range(floor(r(subscriber_id, 'ns') * 40)::BIGINT)) AS k FROM accounts.subscribers)
SELECT (subscriber_id * 100 + k)::BIGINT AS send_id, subscriber_id,
       CASE WHEN r(subscriber_id * 100 + k, 'ch') < 0.75 THEN 'email' ELSE 'sms' END AS channel,
       (DATE '2026-06-30' - 1 - floor(r(subscriber_id * 100 + k, 'sd') * 365)::INT)::TIMESTAMP + INTERVAL 10 HOUR AS sent_at,
       CASE WHEN r(subscriber_id * 100 + k, 'op') < 0.3
            THEN (DATE '2026-06-30' - 1 - floor(r(subscriber_id * 100 + k, 'sd') * 365)::INT)::TIMESTAMP + INTERVAL 12 HOUR END AS opened_at
FROM k;

CREATE TABLE care.cases AS
WITH k AS (SELECT subscriber_id, unnest(range(floor(pow(r(subscriber_id, 'nc'), 3) * 4)::BIGINT)) AS k FROM accounts.subscribers)
SELECT (subscriber_id * 10 + k)::BIGINT AS case_id, subscriber_id,
       (DATE '2026-06-30' - 1 - floor(r(subscriber_id * 10 + k, 'cd') * 500)::INT)::TIMESTAMP AS opened_on,
       CASE WHEN r(subscriber_id * 10 + k, 'cs') < 0.2 THEN 'open' ELSE 'closed' END AS state,
       ['billing', 'technical', 'content', 'account'][1 + floor(r(subscriber_id * 10 + k, 'cc') * 4)::INT] AS category
FROM k;
-- the customer key declared, as a data team would: the dry run looks its sample up instead of scanning
ALTER TABLE accounts.subscribers ADD PRIMARY KEY (subscriber_id);
DROP MACRO r;
