-- one record by id (prepared once)
select "companies"."id" as "id", "companies"."created_at" as "created_at", "companies"."updated_at" as "updated_at", "companies"."version" as "version", "companies"."name" as "name", "companies"."domain" as "domain", "companies"."country" as "country", "companies"."industry" as "industry", "companies"."annual_revenue" as "annual_revenue", "companies"."currency" as "currency", "companies"."language" as "language", "companies"."owner_id" as "owner_id", "companies"."tags" as "tags", "companies"."custom" as "custom", "companies"."deleted_at" as "deleted_at" from "companies" where "workspace_id" = $1 and "id" = $2;

-- default order
select "companies"."id" as "id", "companies"."created_at" as "created_at", "companies"."updated_at" as "updated_at", "companies"."version" as "version", "companies"."name" as "name", "companies"."domain" as "domain", "companies"."country" as "country", "companies"."industry" as "industry", "companies"."annual_revenue" as "annual_revenue", "companies"."currency" as "currency", "companies"."language" as "language", "companies"."owner_id" as "owner_id", "companies"."tags" as "tags", "companies"."custom" as "custom", "companies"."deleted_at" as "deleted_at", "name_key" as "sort_0" from "companies" where "workspace_id" = $1 and "deleted_at" is null order by "name_key" asc nulls first, id asc limit $2;

-- sort=name
select "companies"."id" as "id", "companies"."created_at" as "created_at", "companies"."updated_at" as "updated_at", "companies"."version" as "version", "companies"."name" as "name", "companies"."domain" as "domain", "companies"."country" as "country", "companies"."industry" as "industry", "companies"."annual_revenue" as "annual_revenue", "companies"."currency" as "currency", "companies"."language" as "language", "companies"."owner_id" as "owner_id", "companies"."tags" as "tags", "companies"."custom" as "custom", "companies"."deleted_at" as "deleted_at", "name_key" as "sort_0" from "companies" where "workspace_id" = $1 and "deleted_at" is null order by "name_key" asc nulls first, id asc limit $2;

-- sort=-name
select "companies"."id" as "id", "companies"."created_at" as "created_at", "companies"."updated_at" as "updated_at", "companies"."version" as "version", "companies"."name" as "name", "companies"."domain" as "domain", "companies"."country" as "country", "companies"."industry" as "industry", "companies"."annual_revenue" as "annual_revenue", "companies"."currency" as "currency", "companies"."language" as "language", "companies"."owner_id" as "owner_id", "companies"."tags" as "tags", "companies"."custom" as "custom", "companies"."deleted_at" as "deleted_at", "name_key" as "sort_0" from "companies" where "workspace_id" = $1 and "deleted_at" is null order by "name_key" desc nulls last, id desc limit $2;

-- sort=domain
select "companies"."id" as "id", "companies"."created_at" as "created_at", "companies"."updated_at" as "updated_at", "companies"."version" as "version", "companies"."name" as "name", "companies"."domain" as "domain", "companies"."country" as "country", "companies"."industry" as "industry", "companies"."annual_revenue" as "annual_revenue", "companies"."currency" as "currency", "companies"."language" as "language", "companies"."owner_id" as "owner_id", "companies"."tags" as "tags", "companies"."custom" as "custom", "companies"."deleted_at" as "deleted_at", "domain" as "sort_0" from "companies" where "workspace_id" = $1 and "deleted_at" is null order by "domain" asc nulls first, id asc limit $2;

-- sort=-domain
select "companies"."id" as "id", "companies"."created_at" as "created_at", "companies"."updated_at" as "updated_at", "companies"."version" as "version", "companies"."name" as "name", "companies"."domain" as "domain", "companies"."country" as "country", "companies"."industry" as "industry", "companies"."annual_revenue" as "annual_revenue", "companies"."currency" as "currency", "companies"."language" as "language", "companies"."owner_id" as "owner_id", "companies"."tags" as "tags", "companies"."custom" as "custom", "companies"."deleted_at" as "deleted_at", "domain" as "sort_0" from "companies" where "workspace_id" = $1 and "deleted_at" is null order by "domain" desc nulls last, id desc limit $2;

-- sort=country
select "companies"."id" as "id", "companies"."created_at" as "created_at", "companies"."updated_at" as "updated_at", "companies"."version" as "version", "companies"."name" as "name", "companies"."domain" as "domain", "companies"."country" as "country", "companies"."industry" as "industry", "companies"."annual_revenue" as "annual_revenue", "companies"."currency" as "currency", "companies"."language" as "language", "companies"."owner_id" as "owner_id", "companies"."tags" as "tags", "companies"."custom" as "custom", "companies"."deleted_at" as "deleted_at", "country" as "sort_0" from "companies" where "workspace_id" = $1 and "deleted_at" is null order by "country" asc nulls first, id asc limit $2;

-- sort=-country
select "companies"."id" as "id", "companies"."created_at" as "created_at", "companies"."updated_at" as "updated_at", "companies"."version" as "version", "companies"."name" as "name", "companies"."domain" as "domain", "companies"."country" as "country", "companies"."industry" as "industry", "companies"."annual_revenue" as "annual_revenue", "companies"."currency" as "currency", "companies"."language" as "language", "companies"."owner_id" as "owner_id", "companies"."tags" as "tags", "companies"."custom" as "custom", "companies"."deleted_at" as "deleted_at", "country" as "sort_0" from "companies" where "workspace_id" = $1 and "deleted_at" is null order by "country" desc nulls last, id desc limit $2;

-- sort=industry
select "companies"."id" as "id", "companies"."created_at" as "created_at", "companies"."updated_at" as "updated_at", "companies"."version" as "version", "companies"."name" as "name", "companies"."domain" as "domain", "companies"."country" as "country", "companies"."industry" as "industry", "companies"."annual_revenue" as "annual_revenue", "companies"."currency" as "currency", "companies"."language" as "language", "companies"."owner_id" as "owner_id", "companies"."tags" as "tags", "companies"."custom" as "custom", "companies"."deleted_at" as "deleted_at", "industry_key" as "sort_0" from "companies" where "workspace_id" = $1 and "deleted_at" is null order by "industry_key" asc nulls first, id asc limit $2;

-- sort=-industry
select "companies"."id" as "id", "companies"."created_at" as "created_at", "companies"."updated_at" as "updated_at", "companies"."version" as "version", "companies"."name" as "name", "companies"."domain" as "domain", "companies"."country" as "country", "companies"."industry" as "industry", "companies"."annual_revenue" as "annual_revenue", "companies"."currency" as "currency", "companies"."language" as "language", "companies"."owner_id" as "owner_id", "companies"."tags" as "tags", "companies"."custom" as "custom", "companies"."deleted_at" as "deleted_at", "industry_key" as "sort_0" from "companies" where "workspace_id" = $1 and "deleted_at" is null order by "industry_key" desc nulls last, id desc limit $2;

-- sort=createdAt
select "companies"."id" as "id", "companies"."created_at" as "created_at", "companies"."updated_at" as "updated_at", "companies"."version" as "version", "companies"."name" as "name", "companies"."domain" as "domain", "companies"."country" as "country", "companies"."industry" as "industry", "companies"."annual_revenue" as "annual_revenue", "companies"."currency" as "currency", "companies"."language" as "language", "companies"."owner_id" as "owner_id", "companies"."tags" as "tags", "companies"."custom" as "custom", "companies"."deleted_at" as "deleted_at", "created_at" as "sort_0" from "companies" where "workspace_id" = $1 and "deleted_at" is null order by "created_at" asc nulls first, id asc limit $2;

-- sort=-createdAt
select "companies"."id" as "id", "companies"."created_at" as "created_at", "companies"."updated_at" as "updated_at", "companies"."version" as "version", "companies"."name" as "name", "companies"."domain" as "domain", "companies"."country" as "country", "companies"."industry" as "industry", "companies"."annual_revenue" as "annual_revenue", "companies"."currency" as "currency", "companies"."language" as "language", "companies"."owner_id" as "owner_id", "companies"."tags" as "tags", "companies"."custom" as "custom", "companies"."deleted_at" as "deleted_at", "created_at" as "sort_0" from "companies" where "workspace_id" = $1 and "deleted_at" is null order by "created_at" desc nulls last, id desc limit $2;

-- sort=updatedAt
select "companies"."id" as "id", "companies"."created_at" as "created_at", "companies"."updated_at" as "updated_at", "companies"."version" as "version", "companies"."name" as "name", "companies"."domain" as "domain", "companies"."country" as "country", "companies"."industry" as "industry", "companies"."annual_revenue" as "annual_revenue", "companies"."currency" as "currency", "companies"."language" as "language", "companies"."owner_id" as "owner_id", "companies"."tags" as "tags", "companies"."custom" as "custom", "companies"."deleted_at" as "deleted_at", "updated_at" as "sort_0" from "companies" where "workspace_id" = $1 and "deleted_at" is null order by "updated_at" asc nulls first, id asc limit $2;

-- sort=-updatedAt
select "companies"."id" as "id", "companies"."created_at" as "created_at", "companies"."updated_at" as "updated_at", "companies"."version" as "version", "companies"."name" as "name", "companies"."domain" as "domain", "companies"."country" as "country", "companies"."industry" as "industry", "companies"."annual_revenue" as "annual_revenue", "companies"."currency" as "currency", "companies"."language" as "language", "companies"."owner_id" as "owner_id", "companies"."tags" as "tags", "companies"."custom" as "custom", "companies"."deleted_at" as "deleted_at", "updated_at" as "sort_0" from "companies" where "workspace_id" = $1 and "deleted_at" is null order by "updated_at" desc nulls last, id desc limit $2;

-- sort=name, next page
select "companies"."id" as "id", "companies"."created_at" as "created_at", "companies"."updated_at" as "updated_at", "companies"."version" as "version", "companies"."name" as "name", "companies"."domain" as "domain", "companies"."country" as "country", "companies"."industry" as "industry", "companies"."annual_revenue" as "annual_revenue", "companies"."currency" as "currency", "companies"."language" as "language", "companies"."owner_id" as "owner_id", "companies"."tags" as "tags", "companies"."custom" as "custom", "companies"."deleted_at" as "deleted_at", "name_key" as "sort_0" from "companies" where "workspace_id" = $1 and "deleted_at" is null and ("name_key" >= $2 and ("name_key" > $3 or ("name_key" = $4 and id > $5))) order by "name_key" asc nulls first, id asc limit $6;

-- own records, filtered, in the trash
select "companies"."id" as "id", "companies"."created_at" as "created_at", "companies"."updated_at" as "updated_at", "companies"."version" as "version", "companies"."name" as "name", "companies"."domain" as "domain", "companies"."country" as "country", "companies"."industry" as "industry", "companies"."annual_revenue" as "annual_revenue", "companies"."currency" as "currency", "companies"."language" as "language", "companies"."owner_id" as "owner_id", "companies"."tags" as "tags", "companies"."custom" as "custom", "companies"."deleted_at" as "deleted_at", "name_key" as "sort_0" from "companies" where "workspace_id" = $1 and "deleted_at" is not null and "owner_id" in ($2) and "name_key" = $3 and ("tags" @> $4::jsonb) order by "name_key" asc nulls first, id asc limit $5;

-- search in search order

        select m.rank, m.doc_id, d.entity_id
        from (select rank, doc_id from ((select 3 as rank, doc_id from (select doc_id from (
    select doc_id from search_documents
    where workspace_id = $1 and "name_vector" @@ to_tsquery('simple', $2) 
      and doc_id > $3 and trashed = $4
      and entity_type in ($5) offset 0) found order by doc_id limit $6) t) union all (select 2 as rank, doc_id from (select doc_id from (
    select doc_id from search_documents
    where workspace_id = $7 and "name_vector" @@ to_tsquery('simple', $8) and not "name_vector" @@ to_tsquery('simple', $9)
      and doc_id > $10 and trashed = $11
      and entity_type in ($12) offset 0) found order by doc_id limit $13) t) union all (select 1 as rank, doc_id from (select doc_id from (
    select doc_id from search_documents
    where workspace_id = $14 and "vector" @@ to_tsquery('simple', $15) and not "name_vector" @@ to_tsquery('simple', $16)
      and doc_id > $17 and trashed = $18
      and entity_type in ($19) offset 0) found order by doc_id limit $20) t)) tiers limit $21) m
        join search_documents d on d.doc_id = m.doc_id
        order by m.rank desc, m.doc_id;

-- search sorted by name
select "companies"."id" as "id", "companies"."created_at" as "created_at", "companies"."updated_at" as "updated_at", "companies"."version" as "version", "companies"."name" as "name", "companies"."domain" as "domain", "companies"."country" as "country", "companies"."industry" as "industry", "companies"."annual_revenue" as "annual_revenue", "companies"."currency" as "currency", "companies"."language" as "language", "companies"."owner_id" as "owner_id", "companies"."tags" as "tags", "companies"."custom" as "custom", "companies"."deleted_at" as "deleted_at", "name_key" as "sort_0" from "companies" where "workspace_id" = $1 and "deleted_at" is null and id in (
      select d.entity_id
      from (select rank, doc_id from ((select 3 as rank, doc_id from (
    select doc_id from search_documents
    where workspace_id = $2 and "name_vector" @@ to_tsquery('simple', $3) 
      and doc_id > $4 and trashed = $5
      and entity_type in ($6) limit $7) t) union all (select 2 as rank, doc_id from (
    select doc_id from search_documents
    where workspace_id = $8 and "name_vector" @@ to_tsquery('simple', $9) and not "name_vector" @@ to_tsquery('simple', $10)
      and doc_id > $11 and trashed = $12
      and entity_type in ($13) limit $14) t) union all (select 1 as rank, doc_id from (
    select doc_id from search_documents
    where workspace_id = $15 and "vector" @@ to_tsquery('simple', $16) and not "name_vector" @@ to_tsquery('simple', $17)
      and doc_id > $18 and trashed = $19
      and entity_type in ($20) limit $21) t)) tiers limit $22) m
      join search_documents d on d.doc_id = m.doc_id) order by "name_key" asc nulls first, id asc limit $23;
