-- default order
select *, "name_key" as "sort_0" from "companies" where "workspace_id" = ? and "deleted_at" is null order by "name_key" asc nulls first, id asc limit ?;

-- sort=name
select *, "name_key" as "sort_0" from "companies" where "workspace_id" = ? and "deleted_at" is null order by "name_key" asc nulls first, id asc limit ?;

-- sort=-name
select *, "name_key" as "sort_0" from "companies" where "workspace_id" = ? and "deleted_at" is null order by "name_key" desc nulls last, id desc limit ?;

-- sort=domain
select *, "domain" as "sort_0" from "companies" where "workspace_id" = ? and "deleted_at" is null order by "domain" asc nulls first, id asc limit ?;

-- sort=-domain
select *, "domain" as "sort_0" from "companies" where "workspace_id" = ? and "deleted_at" is null order by "domain" desc nulls last, id desc limit ?;

-- sort=country
select *, "country" as "sort_0" from "companies" where "workspace_id" = ? and "deleted_at" is null order by "country" asc nulls first, id asc limit ?;

-- sort=-country
select *, "country" as "sort_0" from "companies" where "workspace_id" = ? and "deleted_at" is null order by "country" desc nulls last, id desc limit ?;

-- sort=industry
select *, "industry_key" as "sort_0" from "companies" where "workspace_id" = ? and "deleted_at" is null order by "industry_key" asc nulls first, id asc limit ?;

-- sort=-industry
select *, "industry_key" as "sort_0" from "companies" where "workspace_id" = ? and "deleted_at" is null order by "industry_key" desc nulls last, id desc limit ?;

-- sort=createdAt
select *, "created_at" as "sort_0" from "companies" where "workspace_id" = ? and "deleted_at" is null order by "created_at" asc nulls first, id asc limit ?;

-- sort=-createdAt
select *, "created_at" as "sort_0" from "companies" where "workspace_id" = ? and "deleted_at" is null order by "created_at" desc nulls last, id desc limit ?;

-- sort=updatedAt
select *, "updated_at" as "sort_0" from "companies" where "workspace_id" = ? and "deleted_at" is null order by "updated_at" asc nulls first, id asc limit ?;

-- sort=-updatedAt
select *, "updated_at" as "sort_0" from "companies" where "workspace_id" = ? and "deleted_at" is null order by "updated_at" desc nulls last, id desc limit ?;

-- sort=name, next page
select *, "name_key" as "sort_0" from "companies" where "workspace_id" = ? and "deleted_at" is null and ("name_key" >= ? and ("name_key" > ? or ("name_key" = ? and id > ?))) order by "name_key" asc nulls first, id asc limit ?;

-- own records, filtered, in the trash
select *, "name_key" as "sort_0" from "companies" where "workspace_id" = ? and "deleted_at" is not null and "owner_id" in (?) and "name_key" = ? and (exists (select 1 from json_each("tags") where value = ?)) order by "name_key" asc nulls first, id asc limit ?;

-- search in search order

        select m.rank, m.doc_id, d.entity_id
        from (select rank, doc_id from (select 3 as rank, doc_id from (select rowid as doc_id from search_fts where search_fts match ? and rowid > ? limit ?) union all select 2 as rank, doc_id from (select rowid as doc_id from search_fts where search_fts match ? and rowid > ? limit ?) union all select 1 as rank, doc_id from (select rowid as doc_id from search_fts where search_fts match ? and rowid > ? limit ?)) tiers limit ?) m
        join search_documents d on d.doc_id = m.doc_id
        order by m.rank desc, m.doc_id;

-- search sorted by name
select *, "name_key" as "sort_0" from "companies" where "workspace_id" = ? and "deleted_at" is null and id in (
      select d.entity_id
      from (select rank, doc_id from (select 3 as rank, doc_id from (select rowid as doc_id from search_fts where search_fts match ? and rowid > ? limit ?) union all select 2 as rank, doc_id from (select rowid as doc_id from search_fts where search_fts match ? and rowid > ? limit ?) union all select 1 as rank, doc_id from (select rowid as doc_id from search_fts where search_fts match ? and rowid > ? limit ?)) tiers limit ?) m
      join search_documents d on d.doc_id = m.doc_id) order by +"name_key" asc nulls first, id asc limit ?;
