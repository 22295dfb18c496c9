-- one record by id (prepared once)
select "products"."id" as "id", "products"."created_at" as "created_at", "products"."updated_at" as "updated_at", "products"."version" as "version", "products"."sku" as "sku", "products"."name" as "name", "products"."description" as "description", "products"."unit" as "unit", "products"."price" as "price", "products"."currency" as "currency", "products"."cost" as "cost", "products"."cost_currency" as "cost_currency", "products"."tax_rate_percent" as "tax_rate_percent", "products"."names" as "names", "products"."prices" as "prices", "products"."active" as "active", "products"."owner_id" as "owner_id", "products"."tags" as "tags", "products"."custom" as "custom", "products"."deleted_at" as "deleted_at" from "products" where "workspace_id" = $1 and "id" = $2;

-- default order
select "products"."id" as "id", "products"."created_at" as "created_at", "products"."updated_at" as "updated_at", "products"."version" as "version", "products"."sku" as "sku", "products"."name" as "name", "products"."description" as "description", "products"."unit" as "unit", "products"."price" as "price", "products"."currency" as "currency", "products"."cost" as "cost", "products"."cost_currency" as "cost_currency", "products"."tax_rate_percent" as "tax_rate_percent", "products"."names" as "names", "products"."prices" as "prices", "products"."active" as "active", "products"."owner_id" as "owner_id", "products"."tags" as "tags", "products"."custom" as "custom", "products"."deleted_at" as "deleted_at", "name_key" as "sort_0" from "products" where "workspace_id" = $1 and "deleted_at" is null order by "name_key" asc nulls first, id asc limit $2;

-- sort=sku
select "products"."id" as "id", "products"."created_at" as "created_at", "products"."updated_at" as "updated_at", "products"."version" as "version", "products"."sku" as "sku", "products"."name" as "name", "products"."description" as "description", "products"."unit" as "unit", "products"."price" as "price", "products"."currency" as "currency", "products"."cost" as "cost", "products"."cost_currency" as "cost_currency", "products"."tax_rate_percent" as "tax_rate_percent", "products"."names" as "names", "products"."prices" as "prices", "products"."active" as "active", "products"."owner_id" as "owner_id", "products"."tags" as "tags", "products"."custom" as "custom", "products"."deleted_at" as "deleted_at", "sku" as "sort_0" from "products" where "workspace_id" = $1 and "deleted_at" is null order by "sku" asc nulls first, id asc limit $2;

-- sort=-sku
select "products"."id" as "id", "products"."created_at" as "created_at", "products"."updated_at" as "updated_at", "products"."version" as "version", "products"."sku" as "sku", "products"."name" as "name", "products"."description" as "description", "products"."unit" as "unit", "products"."price" as "price", "products"."currency" as "currency", "products"."cost" as "cost", "products"."cost_currency" as "cost_currency", "products"."tax_rate_percent" as "tax_rate_percent", "products"."names" as "names", "products"."prices" as "prices", "products"."active" as "active", "products"."owner_id" as "owner_id", "products"."tags" as "tags", "products"."custom" as "custom", "products"."deleted_at" as "deleted_at", "sku" as "sort_0" from "products" where "workspace_id" = $1 and "deleted_at" is null order by "sku" desc nulls last, id desc limit $2;

-- sort=name
select "products"."id" as "id", "products"."created_at" as "created_at", "products"."updated_at" as "updated_at", "products"."version" as "version", "products"."sku" as "sku", "products"."name" as "name", "products"."description" as "description", "products"."unit" as "unit", "products"."price" as "price", "products"."currency" as "currency", "products"."cost" as "cost", "products"."cost_currency" as "cost_currency", "products"."tax_rate_percent" as "tax_rate_percent", "products"."names" as "names", "products"."prices" as "prices", "products"."active" as "active", "products"."owner_id" as "owner_id", "products"."tags" as "tags", "products"."custom" as "custom", "products"."deleted_at" as "deleted_at", "name_key" as "sort_0" from "products" where "workspace_id" = $1 and "deleted_at" is null order by "name_key" asc nulls first, id asc limit $2;

-- sort=-name
select "products"."id" as "id", "products"."created_at" as "created_at", "products"."updated_at" as "updated_at", "products"."version" as "version", "products"."sku" as "sku", "products"."name" as "name", "products"."description" as "description", "products"."unit" as "unit", "products"."price" as "price", "products"."currency" as "currency", "products"."cost" as "cost", "products"."cost_currency" as "cost_currency", "products"."tax_rate_percent" as "tax_rate_percent", "products"."names" as "names", "products"."prices" as "prices", "products"."active" as "active", "products"."owner_id" as "owner_id", "products"."tags" as "tags", "products"."custom" as "custom", "products"."deleted_at" as "deleted_at", "name_key" as "sort_0" from "products" where "workspace_id" = $1 and "deleted_at" is null order by "name_key" desc nulls last, id desc limit $2;

-- sort=price
select "products"."id" as "id", "products"."created_at" as "created_at", "products"."updated_at" as "updated_at", "products"."version" as "version", "products"."sku" as "sku", "products"."name" as "name", "products"."description" as "description", "products"."unit" as "unit", "products"."price" as "price", "products"."currency" as "currency", "products"."cost" as "cost", "products"."cost_currency" as "cost_currency", "products"."tax_rate_percent" as "tax_rate_percent", "products"."names" as "names", "products"."prices" as "prices", "products"."active" as "active", "products"."owner_id" as "owner_id", "products"."tags" as "tags", "products"."custom" as "custom", "products"."deleted_at" as "deleted_at", "price" as "sort_0" from "products" where "workspace_id" = $1 and "deleted_at" is null order by "price" asc nulls first, id asc limit $2;

-- sort=-price
select "products"."id" as "id", "products"."created_at" as "created_at", "products"."updated_at" as "updated_at", "products"."version" as "version", "products"."sku" as "sku", "products"."name" as "name", "products"."description" as "description", "products"."unit" as "unit", "products"."price" as "price", "products"."currency" as "currency", "products"."cost" as "cost", "products"."cost_currency" as "cost_currency", "products"."tax_rate_percent" as "tax_rate_percent", "products"."names" as "names", "products"."prices" as "prices", "products"."active" as "active", "products"."owner_id" as "owner_id", "products"."tags" as "tags", "products"."custom" as "custom", "products"."deleted_at" as "deleted_at", "price" as "sort_0" from "products" where "workspace_id" = $1 and "deleted_at" is null order by "price" desc nulls last, id desc limit $2;

-- sort=createdAt
select "products"."id" as "id", "products"."created_at" as "created_at", "products"."updated_at" as "updated_at", "products"."version" as "version", "products"."sku" as "sku", "products"."name" as "name", "products"."description" as "description", "products"."unit" as "unit", "products"."price" as "price", "products"."currency" as "currency", "products"."cost" as "cost", "products"."cost_currency" as "cost_currency", "products"."tax_rate_percent" as "tax_rate_percent", "products"."names" as "names", "products"."prices" as "prices", "products"."active" as "active", "products"."owner_id" as "owner_id", "products"."tags" as "tags", "products"."custom" as "custom", "products"."deleted_at" as "deleted_at", "created_at" as "sort_0" from "products" where "workspace_id" = $1 and "deleted_at" is null order by "created_at" asc nulls first, id asc limit $2;

-- sort=-createdAt
select "products"."id" as "id", "products"."created_at" as "created_at", "products"."updated_at" as "updated_at", "products"."version" as "version", "products"."sku" as "sku", "products"."name" as "name", "products"."description" as "description", "products"."unit" as "unit", "products"."price" as "price", "products"."currency" as "currency", "products"."cost" as "cost", "products"."cost_currency" as "cost_currency", "products"."tax_rate_percent" as "tax_rate_percent", "products"."names" as "names", "products"."prices" as "prices", "products"."active" as "active", "products"."owner_id" as "owner_id", "products"."tags" as "tags", "products"."custom" as "custom", "products"."deleted_at" as "deleted_at", "created_at" as "sort_0" from "products" where "workspace_id" = $1 and "deleted_at" is null order by "created_at" desc nulls last, id desc limit $2;

-- sort=updatedAt
select "products"."id" as "id", "products"."created_at" as "created_at", "products"."updated_at" as "updated_at", "products"."version" as "version", "products"."sku" as "sku", "products"."name" as "name", "products"."description" as "description", "products"."unit" as "unit", "products"."price" as "price", "products"."currency" as "currency", "products"."cost" as "cost", "products"."cost_currency" as "cost_currency", "products"."tax_rate_percent" as "tax_rate_percent", "products"."names" as "names", "products"."prices" as "prices", "products"."active" as "active", "products"."owner_id" as "owner_id", "products"."tags" as "tags", "products"."custom" as "custom", "products"."deleted_at" as "deleted_at", "updated_at" as "sort_0" from "products" where "workspace_id" = $1 and "deleted_at" is null order by "updated_at" asc nulls first, id asc limit $2;

-- sort=-updatedAt
select "products"."id" as "id", "products"."created_at" as "created_at", "products"."updated_at" as "updated_at", "products"."version" as "version", "products"."sku" as "sku", "products"."name" as "name", "products"."description" as "description", "products"."unit" as "unit", "products"."price" as "price", "products"."currency" as "currency", "products"."cost" as "cost", "products"."cost_currency" as "cost_currency", "products"."tax_rate_percent" as "tax_rate_percent", "products"."names" as "names", "products"."prices" as "prices", "products"."active" as "active", "products"."owner_id" as "owner_id", "products"."tags" as "tags", "products"."custom" as "custom", "products"."deleted_at" as "deleted_at", "updated_at" as "sort_0" from "products" where "workspace_id" = $1 and "deleted_at" is null order by "updated_at" desc nulls last, id desc limit $2;

-- sort=sku, next page
select "products"."id" as "id", "products"."created_at" as "created_at", "products"."updated_at" as "updated_at", "products"."version" as "version", "products"."sku" as "sku", "products"."name" as "name", "products"."description" as "description", "products"."unit" as "unit", "products"."price" as "price", "products"."currency" as "currency", "products"."cost" as "cost", "products"."cost_currency" as "cost_currency", "products"."tax_rate_percent" as "tax_rate_percent", "products"."names" as "names", "products"."prices" as "prices", "products"."active" as "active", "products"."owner_id" as "owner_id", "products"."tags" as "tags", "products"."custom" as "custom", "products"."deleted_at" as "deleted_at", "sku" as "sort_0" from "products" where "workspace_id" = $1 and "deleted_at" is null and ("sku" >= $2 and ("sku" > $3 or ("sku" = $4 and id > $5))) order by "sku" asc nulls first, id asc limit $6;

-- own records, filtered, in the trash
select "products"."id" as "id", "products"."created_at" as "created_at", "products"."updated_at" as "updated_at", "products"."version" as "version", "products"."sku" as "sku", "products"."name" as "name", "products"."description" as "description", "products"."unit" as "unit", "products"."price" as "price", "products"."currency" as "currency", "products"."cost" as "cost", "products"."cost_currency" as "cost_currency", "products"."tax_rate_percent" as "tax_rate_percent", "products"."names" as "names", "products"."prices" as "prices", "products"."active" as "active", "products"."owner_id" as "owner_id", "products"."tags" as "tags", "products"."custom" as "custom", "products"."deleted_at" as "deleted_at", "name_key" as "sort_0" from "products" where "workspace_id" = $1 and "deleted_at" is not null and "owner_id" in ($2) and "sku" = $3 and ("tags" @> $4::jsonb) order by "name_key" asc nulls first, id asc limit $5;

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

-- search sorted by sku
select "products"."id" as "id", "products"."created_at" as "created_at", "products"."updated_at" as "updated_at", "products"."version" as "version", "products"."sku" as "sku", "products"."name" as "name", "products"."description" as "description", "products"."unit" as "unit", "products"."price" as "price", "products"."currency" as "currency", "products"."cost" as "cost", "products"."cost_currency" as "cost_currency", "products"."tax_rate_percent" as "tax_rate_percent", "products"."names" as "names", "products"."prices" as "prices", "products"."active" as "active", "products"."owner_id" as "owner_id", "products"."tags" as "tags", "products"."custom" as "custom", "products"."deleted_at" as "deleted_at", "sku" as "sort_0" from "products" where "workspace_id" = $1 and "deleted_at" is null and id in (
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
      join search_documents d on d.doc_id = m.doc_id) order by "sku" asc nulls first, id asc limit $23;
