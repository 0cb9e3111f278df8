-- Reminders for Microsoft.Orleans.Reminders.AdoNet 10.4.2 (no cron columns: 10.4.2 sends none).
-- Orleans binds the grain hash as a signed integer ((int)uint); GrainHash holds it back on the unsigned
-- ring (0 .. 2^32-1), and the range query decides the wrap itself, so the answer is right whichever of
-- ReadRangeRows1Key/2Key Orleans picks for a range that crosses 2^31.
CREATE TABLE OrleansRemindersTable (
    ServiceId text NOT NULL,
    GrainId text NOT NULL,
    ReminderName text NOT NULL,
    StartTime timestamptz NOT NULL,
    Period bigint NOT NULL,
    GrainHash bigint NOT NULL,
    Version integer NOT NULL,
    PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

CREATE INDEX OrleansRemindersTable_Ring ON OrleansRemindersTable (ServiceId, GrainHash);

-- Versions (the ETags) come from one sequence rather than restarting at 0 per row, so a reminder removed and
-- registered again never takes back an ETag that a stale caller still holds.
CREATE SEQUENCE OrleansRemindersVersion AS integer CYCLE;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('UpsertReminderRowKey', $q$
    INSERT INTO OrleansRemindersTable AS r (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
    VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period::bigint, @GrainHash::bigint & 4294967295,
            nextval('OrleansRemindersVersion'))
    ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
    SET StartTime = excluded.StartTime, Period = excluded.Period, GrainHash = excluded.GrainHash, Version = excluded.Version
    RETURNING r.Version;
$q$),
('ReadReminderRowsKey', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId;
$q$),
('ReadReminderRowKey', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName;
$q$),
('ReadRangeRows1Key', $q$
    WITH ring AS (SELECT @BeginHash::bigint & 4294967295 AS b, @EndHash::bigint & 4294967295 AS e)
    SELECT r.GrainId, r.ReminderName, r.StartTime, r.Period, r.Version
    FROM OrleansRemindersTable AS r, ring
    WHERE r.ServiceId = @ServiceId
        AND ((ring.b < ring.e AND r.GrainHash > ring.b AND r.GrainHash <= ring.e)
          OR (ring.b >= ring.e AND (r.GrainHash > ring.b OR r.GrainHash <= ring.e)));
$q$),
('ReadRangeRows2Key', $q$
    WITH ring AS (SELECT @BeginHash::bigint & 4294967295 AS b, @EndHash::bigint & 4294967295 AS e)
    SELECT r.GrainId, r.ReminderName, r.StartTime, r.Period, r.Version
    FROM OrleansRemindersTable AS r, ring
    WHERE r.ServiceId = @ServiceId
        AND ((ring.b < ring.e AND r.GrainHash > ring.b AND r.GrainHash <= ring.e)
          OR (ring.b >= ring.e AND (r.GrainHash > ring.b OR r.GrainHash <= ring.e)));
$q$),
('DeleteReminderRowKey', $q$
    WITH deleted AS (
        DELETE FROM OrleansRemindersTable
        WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName AND Version = @Version
        RETURNING 1)
    SELECT count(*)::integer FROM deleted;
$q$),
('DeleteReminderRowsKey', $q$
    DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
