import { list, pairs, sameForBoth, type CountryProfile } from './country-profile.js';

export const portugal: CountryProfile = {
  code: 'PT',
  language: 'pt',
  weight: 8,
  currency: 'EUR',
  tld: 'pt',
  maleFirstNames: list(`
    João, José, António, Francisco, Manuel, Pedro, Tiago, Rui, Miguel, Luís, Carlos, Paulo, Nuno,
    Ricardo, Bruno, Diogo, Rodrigo, Gonçalo, Afonso, Duarte, Tomás, Martim, Vasco, Henrique, Jorge,
    Fernando, Sérgio, André, Hugo, Filipe
  `),
  femaleFirstNames: list(`
    Maria, Ana, Joana, Inês, Beatriz, Mariana, Carolina, Sofia, Leonor, Matilde, Catarina, Rita, Sara,
    Marta, Teresa, Helena, Patrícia, Cláudia, Sónia, Filipa, Margarida, Raquel, Diana, Andreia, Vânia,
    Susana, Conceição, Fátima, Lúcia, Íris
  `),
  surnames: list(`
    Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Jesus, Sousa, Fernandes,
    Gonçalves, Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho, Teixeira, Moreira,
    Correia, Mendes, Nunes, Soares, Vieira, Monteiro, Cardoso, Rocha, Raposo, Neves, Coelho, Cruz,
    Cunha, Pires, Ramos, Reis, Simões, Antunes, Matos, Fonseca, Machado, Araújo, Barbosa, Tavares,
    Lourenço, Castro, Figueiredo, Azevedo, Freitas, Magalhães, Brandão, Valente, Sequeira, Loureiro,
    Baptista, Falcão, Patrício, Guimarães
  `),
  feminineSurname: sameForBoth,
  doubleSurname: 0.45,
  cities: list(`
    Lisboa, Porto, Braga, Coimbra, Funchal, Setúbal, Aveiro, Faro, Évora, Viseu, Leiria, Guimarães,
    Amadora, Almada, Vila Nova de Gaia, Matosinhos, Ponta Delgada, Viana do Castelo, Castelo Branco,
    Bragança
  `),
  mobilePhones: ['+351 9{1|2|3|6}# ### ###'],
  landlinePhones: ['+351 21 ### ####', '+351 22 ### ####', '+351 239 ### ###', '+351 253 ### ###'],
  company: {
    stems: list(
      'Atlântico, Tejo, Douro, Minho, Algarve, Lusitânia, Alentejo, Mondego, Estrela, Sado, Ribatejo, Açor',
    ),
    activities: pairs(`
      Construções: Construction, Transportes: Logistics, Tecnologia: Software, Vinhos: Food & Beverage,
      Têxteis: Manufacturing, Cerâmica: Manufacturing, Logística: Logistics, Seguros: Finance,
      Consultoria: Professional Services, Energia: Energy, Distribuição: Retail, Software: Software,
      Farmácia: Healthcare
    `),
    legalForms: ['{name}, Lda.', '{name}, Lda.', '{name}, Lda.', '{name}, S.A.', '{name} Unipessoal, Lda.'],
  },
  jobTitles: list(`
    Diretor-Geral|Diretora-Geral, Diretor Comercial|Diretora Comercial,
    Diretor Financeiro|Diretora Financeira, Gestor de Conta|Gestora de Conta,
    Técnico de Contabilidade|Técnica de Contabilidade, Engenheiro de Software|Engenheira de Software,
    Responsável de Compras, Gestor de Projeto|Gestora de Projeto, Administrador|Administradora,
    Técnico Comercial|Técnica Comercial, Assistente Administrativo|Assistente Administrativa,
    Responsável de Marketing, Chefe de Vendas, Consultor|Consultora
  `),
  noteBodies: [
    'Chamada sobre a renovação do contrato; voltar a contactar na próxima semana.',
    'Conhecemo-nos na feira em Lisboa. Interessados no módulo de análise.',
    'Pediram referências de clientes do mesmo setor.',
    'Orçamento aprovado. Enviar o contrato para assinatura.',
  ],
};

export const brazil: CountryProfile = {
  code: 'BR',
  language: 'pt',
  weight: 16,
  currency: 'BRL',
  tld: 'com.br',
  maleFirstNames: list(`
    Miguel, Arthur, Gael, Heitor, Theo, Davi, Gabriel, Bernardo, Samuel, João, Pedro, Lucas, Matheus,
    Rafael, Gustavo, Felipe, Leonardo, Guilherme, Enzo, Vinícius, Thiago, Caio, Bruno, Rodrigo,
    Marcelo, Eduardo, Leandro, Fábio, Márcio, Antônio
  `),
  femaleFirstNames: list(`
    Helena, Alice, Laura, Maria, Valentina, Heloísa, Júlia, Manuela, Isabela, Sophia, Luíza, Beatriz,
    Mariana, Larissa, Camila, Fernanda, Juliana, Letícia, Gabriela, Amanda, Bruna, Aline, Vitória,
    Natália, Patrícia, Débora, Tatiane, Raíssa, Lívia, Cecília
  `),
  surnames: list(`
    Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, Costa, Ribeiro,
    Martins, Carvalho, Almeida, Lopes, Soares, Fernandes, Vieira, Barbosa, Rocha, Dias, Nascimento,
    Andrade, Moreira, Nunes, Marques, Machado, Mendes, Freitas, Cardoso, Ramos, Gonçalves, Santana,
    Teixeira, Araújo, Conceição, Cavalcanti, Monteiro, Moura, Correia, Pinto, Castro, Campos, Batista,
    Azevedo, Brandão, Magalhães, Falcão, Assunção
  `),
  feminineSurname: sameForBoth,
  doubleSurname: 0.35,
  cities: list(`
    São Paulo, Rio de Janeiro, Brasília, Salvador, Fortaleza, Belo Horizonte, Manaus, Curitiba, Recife,
    Goiânia, Belém, Porto Alegre, Guarulhos, Campinas, São Luís, Maceió, Natal, Florianópolis, Vitória,
    João Pessoa, Ribeirão Preto, Niterói
  `),
  mobilePhones: ['+55 {11|21|31|41|51|61|71|81|85|62} 9####-####'],
  landlinePhones: ['+55 {11|21|31|41|51} @###-####'],
  company: {
    stems: list(
      'Paulista, Carioca, Amazônia, Cerrado, Pantanal, Atlântica, Guanabara, Paraná, Serra Verde, Nordeste, Ipê, Jequitibá',
    ),
    activities: pairs(`
      Alimentos: Food & Beverage, Tecnologia: Software, Transportes: Logistics, Construtora: Construction,
      Engenharia: Professional Services, Agronegócios: Agriculture, Logística: Logistics, Têxtil: Manufacturing,
      Farmacêutica: Healthcare, Distribuidora: Retail, Software: Software, Energia: Energy, Comunicação: Media
    `),
    legalForms: [
      '{name} Ltda.',
      '{name} Ltda.',
      '{name} Ltda.',
      '{name} S.A.',
      '{name} Comércio e Serviços Ltda.',
    ],
  },
  jobTitles: list(`
    Diretor Executivo|Diretora Executiva, Gerente Comercial, Gerente de Contas,
    Analista Financeiro|Analista Financeira, Coordenador de Compras|Coordenadora de Compras,
    Desenvolvedor|Desenvolvedora, Gerente de Projetos, Analista de Marketing, Vendedor|Vendedora,
    Sócio-Administrador|Sócia-Administradora, Assistente Administrativo|Assistente Administrativa,
    Contador|Contadora, Gerente de TI, Supervisor de Logística|Supervisora de Logística,
    Engenheiro de Produção|Engenheira de Produção
  `),
  noteBodies: [
    'Ligação sobre a renovação do contrato; retornar na próxima semana com nova proposta.',
    'Nos conhecemos na feira em São Paulo. Interessados no módulo de análise.',
    'Pediram referências de clientes do mesmo segmento.',
    'Orçamento aprovado. Enviar o contrato para assinatura.',
  ],
};
