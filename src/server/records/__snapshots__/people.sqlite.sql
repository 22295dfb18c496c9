-- default order
select *, "last_name_key" as "sort_0", "first_name_key" as "sort_1" from "people" where "workspace_id" = ? and "deleted_at" is null order by "last_name_key" asc nulls first, "first_name_key" asc nulls first, id asc limit ?;

-- sort=firstName
select *, "first_name_key" as "sort_0" from "people" where "workspace_id" = ? and "deleted_at" is null order by "first_name_key" asc nulls first, id asc limit ?;

-- sort=-firstName
select *, "first_name_key" as "sort_0" from "people" where "workspace_id" = ? and "deleted_at" is null order by "first_name_key" desc nulls last, id desc limit ?;

-- sort=lastName
select *, "last_name_key" as "sort_0" from "people" where "workspace_id" = ? and "deleted_at" is null order by "last_name_key" asc nulls first, id asc limit ?;

-- sort=-lastName
select *, "last_name_key" as "sort_0" from "people" where "workspace_id" = ? and "deleted_at" is null order by "last_name_key" desc nulls last, id desc limit ?;

-- sort=email
select *, "primary_email" as "sort_0" from "people" where "workspace_id" = ? and "deleted_at" is null order by "primary_email" asc nulls first, id asc limit ?;

-- sort=-email
select *, "primary_email" as "sort_0" from "people" where "workspace_id" = ? and "deleted_at" is null order by "primary_email" desc nulls last, id desc limit ?;

-- sort=jobTitle
select *, "job_title_key" as "sort_0" from "people" where "workspace_id" = ? and "deleted_at" is null order by "job_title_key" asc nulls first, id asc limit ?;

-- sort=-jobTitle
select *, "job_title_key" as "sort_0" from "people" where "workspace_id" = ? and "deleted_at" is null order by "job_title_key" desc nulls last, id desc limit ?;

-- sort=city
select *, "city_key" as "sort_0" from "people" where "workspace_id" = ? and "deleted_at" is null order by "city_key" asc nulls first, id asc limit ?;

-- sort=-city
select *, "city_key" as "sort_0" from "people" where "workspace_id" = ? and "deleted_at" is null order by "city_key" desc nulls last, id desc limit ?;

-- sort=country
select *, "country" as "sort_0" from "people" where "workspace_id" = ? and "deleted_at" is null order by "country" asc nulls first, id asc limit ?;

-- sort=-country
select *, "country" as "sort_0" from "people" where "workspace_id" = ? and "deleted_at" is null order by "country" desc nulls last, id desc limit ?;

-- sort=createdAt
select *, "created_at" as "sort_0" from "people" where "workspace_id" = ? and "deleted_at" is null order by "created_at" asc nulls first, id asc limit ?;

-- sort=-createdAt
select *, "created_at" as "sort_0" from "people" where "workspace_id" = ? and "deleted_at" is null order by "created_at" desc nulls last, id desc limit ?;

-- sort=updatedAt
select *, "updated_at" as "sort_0" from "people" where "workspace_id" = ? and "deleted_at" is null order by "updated_at" asc nulls first, id asc limit ?;

-- sort=-updatedAt
select *, "updated_at" as "sort_0" from "people" where "workspace_id" = ? and "deleted_at" is null order by "updated_at" desc nulls last, id desc limit ?;

-- sort=firstName, next page
select *, "first_name_key" as "sort_0" from "people" where "workspace_id" = ? and "deleted_at" is null and ("first_name_key" >= ? and ("first_name_key" > ? or ("first_name_key" = ? and id > ?))) order by "first_name_key" asc nulls first, id asc limit ?;

-- own records, filtered, in the trash
select *, "last_name_key" as "sort_0", "first_name_key" as "sort_1" from "people" where "workspace_id" = ? and "deleted_at" is not null and "owner_id" in (?) and "first_name_key" = ? and (exists (select 1 from json_each("tags") where value = ?)) order by "last_name_key" asc nulls first, "first_name_key" asc nulls first, id asc limit ?;

-- search in search order

        select m.rank, m.doc_id, d.entity_id
        from (select rank, doc_id from (select 3 as rank, doc_id from (select rowid as doc_id from search_fts where search_fts match ? and rowid > ? limit ?) union all select 2 as rank, doc_id from (select rowid as doc_id from search_fts where search_fts match ? and rowid > ? limit ?) union all select 1 as rank, doc_id from (select rowid as doc_id from search_fts where search_fts match ? and rowid > ? limit ?)) tiers limit ?) m
        join search_documents d on d.doc_id = m.doc_id
        order by m.rank desc, m.doc_id;

-- search sorted by firstName
select *, "first_name_key" as "sort_0" from "people" where "workspace_id" = ? and "deleted_at" is null and id in (
      select d.entity_id
      from (select rank, doc_id from (select 3 as rank, doc_id from (select rowid as doc_id from search_fts where search_fts match ? and rowid > ? limit ?) union all select 2 as rank, doc_id from (select rowid as doc_id from search_fts where search_fts match ? and rowid > ? limit ?) union all select 1 as rank, doc_id from (select rowid as doc_id from search_fts where search_fts match ? and rowid > ? limit ?)) tiers limit ?) m
      join search_documents d on d.doc_id = m.doc_id) order by +"first_name_key" asc nulls first, id asc limit ?;
