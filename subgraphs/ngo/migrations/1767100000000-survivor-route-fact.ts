import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Where and when each survivor counts in the aggregates, one row per survivor, kept current by a
 * trigger on her events. Working it out on read (her first exploitation event, else her latest;
 * her recruitment event, else her first) is a sort per survivor: over a million survivors that is
 * seconds, where this table answers a country-year through its index in milliseconds. A row-level
 * trigger refreshes one survivor per changed event, so the table is never stale and never rebuilt.
 * No foreign key: erasing a survivor cascades to her events, whose trigger removes her row.
 */
const LOCATED = `
  SELECT e.id, e.place_code, e.place_country, e.sorted_on FROM trafficking_event e
   WHERE e.survivor_id = sid AND e.sorted_on <> DATE 'infinity'
   ORDER BY (e.stage = 'EXPLOITATION') DESC, CASE WHEN e.stage = 'EXPLOITATION' THEN e.sorted_on END ASC, e.sorted_on DESC, e.id
   LIMIT 1`;
const ORIGIN = `
  SELECT e.id, e.place_country FROM trafficking_event e
   WHERE e.survivor_id = sid
   ORDER BY (e.stage = 'RECRUITMENT') DESC, e.sorted_on ASC, e.id
   LIMIT 1`;

export class SurvivorRouteFact1767100000000 implements MigrationInterface {
  name = 'SurvivorRouteFact1767100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE survivor_route_fact (
        survivor_id uuid PRIMARY KEY,
        place_code text NOT NULL,
        place_country text NOT NULL,
        located_on date NOT NULL,
        -- UNKNOWN when her only event is the one she is placed at: no route to count.
        origin_country text NOT NULL
      )`);
    // A country-year (Location) and a destination-year (Corridor): the two tables analytics reads.
    await runner.query('CREATE INDEX survivor_route_fact_place ON survivor_route_fact (place_country, located_on) INCLUDE (place_code, origin_country, survivor_id)');
    await runner.query(`
      CREATE FUNCTION refresh_survivor_route_fact(sid uuid) RETURNS void LANGUAGE sql AS $$
        DELETE FROM survivor_route_fact WHERE survivor_id = sid;
        INSERT INTO survivor_route_fact (survivor_id, place_code, place_country, located_on, origin_country)
        SELECT sid, l.place_code, l.place_country, l.sorted_on, CASE WHEN o.id IS NULL OR o.id = l.id THEN 'UNKNOWN' ELSE o.place_country END
          FROM (${LOCATED}) l LEFT JOIN LATERAL (${ORIGIN}) o ON true;
      $$`);
    await runner.query(`
      CREATE FUNCTION trafficking_event_route_fact() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'DELETE' THEN PERFORM refresh_survivor_route_fact(NEW.survivor_id); END IF;
        IF TG_OP <> 'INSERT' AND (TG_OP = 'DELETE' OR OLD.survivor_id <> NEW.survivor_id) THEN
          PERFORM refresh_survivor_route_fact(OLD.survivor_id);
        END IF;
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE TRIGGER trafficking_event_route_fact AFTER INSERT OR UPDATE OR DELETE ON trafficking_event
        FOR EACH ROW EXECUTE FUNCTION trafficking_event_route_fact()`);
    // Survivors recorded before this migration.
    await runner.query('SELECT refresh_survivor_route_fact(id) FROM survivor');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TRIGGER trafficking_event_route_fact ON trafficking_event');
    await runner.query('DROP FUNCTION trafficking_event_route_fact()');
    await runner.query('DROP FUNCTION refresh_survivor_route_fact(uuid)');
    await runner.query('DROP TABLE survivor_route_fact');
  }
}
