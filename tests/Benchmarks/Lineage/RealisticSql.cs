namespace DataSpine.Benchmarks.Lineage;

/// <summary>Warehouse SQL of the length and shape people write (dbt models, ETL scripts), for the throughput figure.</summary>
internal static class RealisticSql
{
    public static readonly IReadOnlyList<SqlCorpus.Entry> Statements =
    [
        new("""
            INSERT INTO analytics.fct_orders (order_id, customer_id, order_date, status, item_count, gross_amount, discount_amount, net_amount, first_order)
            WITH items AS (
                SELECT oi.order_id, COUNT(*) AS item_count, SUM(oi.quantity * oi.unit_price) AS gross_amount,
                       SUM(COALESCE(oi.discount, 0)) AS discount_amount
                FROM raw.order_items oi
                GROUP BY oi.order_id
            ),
            firsts AS (
                SELECT customer_id, MIN(created_at) AS first_at FROM raw.orders GROUP BY customer_id
            )
            SELECT o.id, o.customer_id, CAST(o.created_at AS DATE), UPPER(o.status), i.item_count, i.gross_amount, i.discount_amount,
                   i.gross_amount - i.discount_amount,
                   CASE WHEN o.created_at = f.first_at THEN TRUE ELSE FALSE END
            FROM raw.orders o
            JOIN items i ON i.order_id = o.id
            LEFT JOIN firsts f ON f.customer_id = o.customer_id
            WHERE o.status NOT IN ('cancelled', 'test') AND o.created_at >= DATE '2020-01-01'
            """, "postgres"),
        new("""
            CREATE TABLE mart.customer_ltv AS
            SELECT c.id AS customer_id, c.email, c.country,
                   SUM(f.net_amount) AS lifetime_value,
                   COUNT(DISTINCT f.order_id) AS orders,
                   AVG(f.net_amount) AS avg_order_value,
                   MAX(f.order_date) AS last_order_date,
                   ROW_NUMBER() OVER (PARTITION BY c.country ORDER BY SUM(f.net_amount) DESC) AS country_rank
            FROM analytics.dim_customers c
            LEFT JOIN analytics.fct_orders f ON f.customer_id = c.id
            WHERE c.is_deleted = FALSE
            GROUP BY c.id, c.email, c.country
            HAVING COUNT(DISTINCT f.order_id) > 0
            """, "postgres"),
        new("""
            MERGE INTO dw.dim_product AS t
            USING (
                SELECT p.sku, p.name, p.category, p.price::numeric(12,2) AS price, s.name AS supplier_name, p.updated_at
                FROM staging.products p
                JOIN staging.suppliers s ON s.id = p.supplier_id
                QUALIFY ROW_NUMBER() OVER (PARTITION BY p.sku ORDER BY p.updated_at DESC) = 1
            ) AS src
            ON t.sku = src.sku
            WHEN MATCHED AND t.price <> src.price THEN UPDATE SET price = src.price, name = src.name, supplier_name = src.supplier_name, updated_at = src.updated_at
            WHEN NOT MATCHED THEN INSERT (sku, name, category, price, supplier_name, updated_at)
                VALUES (src.sku, src.name, src.category, src.price, src.supplier_name, src.updated_at)
            """, "snowflake"),
        new("""
            CREATE TEMPORARY TABLE tmp_sessions AS
            SELECT user_id, session_id, MIN(event_time) AS started_at, MAX(event_time) AS ended_at, COUNT(*) AS events
            FROM events.page_views
            WHERE event_date = CURRENT_DATE - 1
            GROUP BY user_id, session_id;
            INSERT INTO reporting.daily_engagement (day, user_id, sessions, total_events, avg_session_seconds)
            SELECT CAST(started_at AS DATE), user_id, COUNT(*), SUM(events),
                   AVG(EXTRACT(EPOCH FROM ended_at - started_at))
            FROM tmp_sessions
            GROUP BY CAST(started_at AS DATE), user_id;
            DROP TABLE tmp_sessions;
            """, "postgres"),
        new("""
            INSERT OVERWRITE TABLE warehouse.sales_by_region PARTITION (ds)
            SELECT r.region_name, p.category, SUM(s.amount) AS revenue, COUNT(DISTINCT s.customer_id) AS buyers, s.ds
            FROM warehouse.sales s
            JOIN warehouse.stores st ON st.store_id = s.store_id
            JOIN warehouse.regions r ON r.region_id = st.region_id
            JOIN warehouse.products p ON p.product_id = s.product_id
            WHERE s.ds = '2026-11-21'
            GROUP BY r.region_name, p.category, s.ds
            """, "hive"),
        new("""
            SELECT d.department_name, e.employee_id, e.first_name || ' ' || e.last_name AS full_name, e.salary,
                   e.salary - AVG(e.salary) OVER (PARTITION BY e.department_id) AS diff_from_avg,
                   (SELECT COUNT(*) FROM hr.job_history jh WHERE jh.employee_id = e.employee_id) AS past_jobs
            FROM hr.employees e
            JOIN hr.departments d ON d.department_id = e.department_id
            WHERE e.hire_date > (SELECT MIN(hire_date) FROM hr.employees WHERE department_id = 10)
            ORDER BY d.department_name, e.salary DESC
            """, "ansi"),
        new("""
            CREATE OR REPLACE VIEW `proj.reporting.weekly_funnel` AS
            WITH visits AS (SELECT user_id, DATE_TRUNC(event_date, WEEK) AS week FROM `proj.raw.events` WHERE event_name = 'visit'),
                 signups AS (SELECT user_id, DATE_TRUNC(created_date, WEEK) AS week FROM `proj.raw.users`),
                 purchases AS (SELECT user_id, DATE_TRUNC(order_date, WEEK) AS week, SUM(total) AS revenue FROM `proj.raw.orders` GROUP BY 1, 2)
            SELECT v.week, COUNT(DISTINCT v.user_id) AS visitors, COUNT(DISTINCT s.user_id) AS signups,
                   COUNT(DISTINCT p.user_id) AS buyers, SUM(p.revenue) AS revenue
            FROM visits v
            LEFT JOIN signups s ON s.user_id = v.user_id AND s.week = v.week
            LEFT JOIN purchases p ON p.user_id = v.user_id AND p.week = v.week
            GROUP BY v.week
            """, "bigquery"),
        new("""
            UPDATE inventory.stock AS s
            SET quantity = s.quantity - d.shipped, updated_at = d.shipped_at
            FROM (SELECT sku, warehouse_id, SUM(qty) AS shipped, MAX(shipped_at) AS shipped_at
                  FROM logistics.shipments WHERE shipped_at > NOW() - INTERVAL '1 day' GROUP BY sku, warehouse_id) AS d
            WHERE s.sku = d.sku AND s.warehouse_id = d.warehouse_id
            """, "postgres"),
    ];
}
