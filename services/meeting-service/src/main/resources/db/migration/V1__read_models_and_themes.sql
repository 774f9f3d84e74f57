-- Read models from other services' events (ids, names of organisations and teams; no personal data).
create table known_organization (
    id             uuid        primary key,
    name           text        not null,
    region         text,
    parent_id      uuid,
    identity_alias text,
    active         boolean     not null,
    as_of          timestamptz not null
);

create table known_team (
    id                    uuid        primary key,
    name                  text        not null,
    locality              text,
    status                text        not null,
    host_organization_ids uuid[]      not null,
    professional_ids      uuid[]      not null,
    as_of                 timestamptz not null
);

create table known_certification (
    id          uuid        primary key,
    person_id   uuid        not null,
    type        text        not null,
    valid_until date        not null,
    status      text        not null,
    as_of       timestamptz not null
);
create index known_certification_person on known_certification (person_id, type);

-- The national theme catalogue, maintained by LPP.
create table theme (
    id          uuid primary key,
    title       text not null unique,
    description text not null,
    guidance    text not null
);

insert into theme (id, title, description, guidance) values
 ('5e000000-0000-4000-8000-000000000001', 'Pårørendes rettigheter',
  'Rett til informasjon, veiledning og støtte – også ved tvungent psykisk helsevern.',
  'Hva har pårørende krav på, og hva opplever de at de faktisk får? Bruk konkrete eksempler fra tjenestene.'),
 ('5e000000-0000-4000-8000-000000000002', 'Barn som pårørende',
  'Hvordan barn og unge berøres når en forelder eller et søsken er psykisk syk.',
  'Løft frem barnas perspektiv og tjenestenes plikt til å ivareta barn som pårørende.'),
 ('5e000000-0000-4000-8000-000000000003', 'Riktig og redusert bruk av tvang',
  'Erfaringer med tvang, og hvordan tvang kan forebygges og reduseres.',
  'Gi rom for sterke erfaringer; oppsummer forslag til hvordan tjenesten kan gjøre det bedre.'),
 ('5e000000-0000-4000-8000-000000000004', 'Medisinfrie behandlingstilbud',
  'Hva medisinfrie tilbud er, og hvordan pårørende kan være med i valget.',
  'Klargjør hva tjenesten tilbyr lokalt, og lytt til pårørendes erfaringer.'),
 ('5e000000-0000-4000-8000-000000000005', 'Bolig og en meningsfull hverdag',
  'Bolig med oppfølging, arbeid, aktivitet og en meningsfull hverdag.',
  'Knytt samtalen til kommunens tilbud og hva pårørende bærer alene i dag.'),
 ('5e000000-0000-4000-8000-000000000006', 'Brukermedvirkning og pårørendemedvirkning',
  'Hvordan pårørendes erfaringer kan brukes til å forbedre tjenestene.',
  'Spør hvordan pårørende kan involveres i egen tjeneste fremover.'),
 ('5e000000-0000-4000-8000-000000000007', 'Pakkeforløp for psykisk helse og rus',
  'Hva pakkeforløpene betyr for pasient og pårørende, og hvordan de oppleves.',
  'Forklar forløpet kort og la pårørende beskrive hvor det stopper opp.'),
 ('5e000000-0000-4000-8000-000000000008', 'Åpenhet om psykisk helse',
  'Å snakke åpent om psykisk sykdom – i familien, på jobb og i lokalsamfunnet.',
  'Skap trygghet; ingen skal måtte dele mer enn de ønsker.');
