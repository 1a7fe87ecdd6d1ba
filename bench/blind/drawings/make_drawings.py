#!/usr/bin/env python3
"""Generate the blind drawing set (issue 17): DXF drawings (ezdxf) and PDF drawings (WeasyPrint) from three
invented firms, with truth.jsonl.

Run with the project's virtualenv (ezdxf, weasyprint):  /work/main/.venv/bin/python make_drawings.py
Seeded; the content is deterministic (ezdxf and WeasyPrint stamp GUIDs and creation times). Writes files/*.dxf, files/*.pdf and truth.jsonl next to this script.

Title-block styles (7 for DXF, 3 for PDF):
  K1  Kvernvik (nb): title block is a BLOCK with ATTRIBs, labels are TEXT in the block definition; the
      revision table lists the older revisions; BOM drawn bottom-up as LINEs + TEXT (header at the bottom).
  K2  Kvernvik (nb): paper-space layout; grid of LINEs with labels above values; "Godkjent" next to
      "Kontrollert"; BOM as an ACAD_TABLE.
  S1  Skarvik (en): grid with labels beside values; APPROVED BY and CLIENT cells; BOM as an ACAD_TABLE.
  S2  Skarvik (en): every title-block cell is one MTEXT with formatting codes (label \\P value).
  F1  Fjordlys (nb): label-only header rows with the values in the rows below; BOM lines + TEXT with "stk".
  F2  Fjordlys (nn labels): paper-space layout, DXF R2000 in cp1252, block with ATTRIBs whose tags are
      cryptic (DWG_NO, TTL1, TTL2 ...), title over two attributes; BOM lines + TEXT.
  X   a sketch with no title block at all.
  P1/P2/P3  PDF (WeasyPrint, text layer): Kvernvik grid labels above values; Skarvik HTML table labels
      beside values; Fjordlys label-only header row.
"""
from __future__ import annotations

import io
import json
import math
import os
import random
from datetime import date

import ezdxf
from ezdxf.enums import TextEntityAlignment

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'files')
R = random.Random(17017)

FIRMS = {
    'KMV': {'name': 'Kvernvik Mekaniske Verksted AS', 'addr': 'Industrivegen 14, 6419 Molde', 'tel': '+47 71 20 44 00'},
    'SKA': {'name': 'Skarvik Automation AS', 'addr': 'Forusbeen 212, 4033 Stavanger', 'web': 'www.skarvik-automation.no'},
    'FSM': {'name': 'Fjordlys Stål og Montasje AS', 'addr': 'Karmsundgata 301, 5531 Haugesund', 'tel': '+47 52 70 19 80'},
}
UNITS = {'mm': 4, 'cm': 5, 'm': 6, 'in': 1}
MONTHS_EN = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
MONTHS_NB = ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.']


def d(s):
    return date.fromisoformat(s)


def fmt_date(iso, style):
    x = d(iso)
    return {
        'dmy_dot': f'{x.day:02d}.{x.month:02d}.{x.year}',
        'iso': iso,
        'dmy_en': f'{x.day:02d}-{MONTHS_EN[x.month - 1]}-{x.year}',
        'ymd_slash': f'{x.year}/{x.month:02d}/{x.day:02d}',
        'dmy_short': f'{x.day:02d}.{x.month:02d}.{x.year % 100:02d}',
        'nb_long': f'{x.day}. {MONTHS_NB[x.month - 1]} {x.year}',
        'en_long': f'{x.day} {["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][x.month - 1]} {x.year}',
    }[style]


def qty_text(q, lang, suffix=''):
    s = f'{q:g}'
    if lang in ('nb', 'nn'):
        s = s.replace('.', ',')
    return s + suffix


# ----------------------------------------------------------------------------- the drawings
# tb: title-block truth; printed values follow the firm's conventions (see render functions)
DRAWINGS = [
    # --- Kvernvik K1: revisions A, B, C of the same drawing number + one more
    dict(file='kmv-2041-101_revA.dxf', firm='KMV', style='K1', lang='nb', units='mm', k=2.0, date_style='dmy_dot', geom='bearing',
         tb=dict(drawing_number='KMV-2041-101', title=['Lagerhus for kjedehjul'], revision='A', date='2026-09-14', drawn_by='KHA',
                 checked_by='SBR', scale='1:2', sheet=(1, 1), project='P-2291 Vindnes fiskemottak', client='Sunnmøre Fiskemottak AS'),
         revs=[('A', '2026-09-14', 'Første utgave', 'KHA')],
         bom=[(1, 'KMV-10234', 'Lagerhus, dreid', 1, 'S355J2'), (2, 'SKF 6208-2RS1', 'Kulelager 40x80x18', 2, None),
              (3, 'KMV-10235', 'Lagerlokk', 2, 'S235JR'), (4, 'DIN 912 M8x25', 'Umbrakoskrue', 12, '8.8 fzv'),
              (5, 'KMV-10236', 'Avstandshylse', 1, 'EN AW-6082')]),
    dict(file='kmv-2041-101_revB.dxf', firm='KMV', style='K1', lang='nb', units='mm', k=2.0, date_style='dmy_dot', geom='bearing',
         tb=dict(drawing_number='KMV-2041-101', title=['Lagerhus for kjedehjul'], revision='B', date='2026-10-08', drawn_by='KHA',
                 checked_by='SBR', scale='1:2', sheet=(1, 1), project='P-2291 Vindnes fiskemottak', client='Sunnmøre Fiskemottak AS'),
         revs=[('A', '2026-09-14', 'Første utgave', 'KHA'), ('B', '2026-10-08', 'Lager endret til 6208-2Z', 'KHA')],
         bom=[(1, 'KMV-10234', 'Lagerhus, dreid', 1, 'S355J2'), (2, 'SKF 6208-2Z', 'Kulelager 40x80x18', 2, None),
              (3, 'KMV-10235', 'Lagerlokk', 2, 'S235JR'), (4, 'DIN 912 M8x25', 'Umbrakoskrue', 12, '8.8 fzv'),
              (5, 'KMV-10236', 'Avstandshylse', 1, 'EN AW-6082')]),
    dict(file='kmv-2041-101_revC.dxf', firm='KMV', style='K1', lang='nb', units='mm', k=2.0, date_style='dmy_dot', geom='bearing',
         tb=dict(drawing_number='KMV-2041-101', title=['Lagerhus for kjedehjul'], revision='C', date='2026-11-19', drawn_by='TMO',
                 checked_by='SBR', scale='1:2', sheet=(1, 1), project='P-2291 Vindnes fiskemottak', client='Sunnmøre Fiskemottak AS'),
         revs=[('A', '2026-09-14', 'Første utgave', 'KHA'), ('B', '2026-10-08', 'Lager endret til 6208-2Z', 'KHA'),
               ('C', '2026-11-19', 'Lagt til smørenippel pos. 6', 'TMO')],
         bom=[(1, 'KMV-10234', 'Lagerhus, dreid', 1, 'S355J2'), (2, 'SKF 6208-2Z', 'Kulelager 40x80x18', 2, None),
              (3, 'KMV-10235', 'Lagerlokk', 2, 'S235JR'), (4, 'DIN 912 M8x25', 'Umbrakoskrue', 12, '8.8 fzv'),
              (5, 'KMV-10236', 'Avstandshylse', 1, 'EN AW-6082'), (6, 'DIN 71412 M8x1', 'Smørenippel, rett', 1, 'Stål fzv')]),
    dict(file='kmv-2041-140.dxf', firm='KMV', style='K1', lang='nb', units='mm', k=5.0, date_style='dmy_dot', geom='frame',
         tb=dict(drawing_number='KMV-2041-140', title=['Vinsjramme, sveiset'], revision='0', date='2026-10-21', drawn_by='TMO',
                 checked_by='KHA', scale='1:5', sheet=(1, 2), project='P-2291 Vindnes fiskemottak', client='Sunnmøre Fiskemottak AS'),
         revs=[('0', '2026-10-21', 'For produksjon', 'TMO')],
         bom=[(1, 'KMV-20411', 'HUP 100x100x6, L=1240', 2, 'S355J2H'), (2, 'KMV-20412', 'HUP 100x100x6, L=860', 3, 'S355J2H'),
              (3, 'KMV-20413', 'Fotplate 200x200x15', 4, 'S355J2'), (4, 'KMV-20414', 'Knutepunktplate t=10', 6, 'S355J2'),
              (5, 'ISO 4017 M16x50', 'Sekskantskrue', 16, '8.8 HDG'), (6, 'ISO 4032 M16', 'Mutter', 16, '8 HDG')]),
    # --- Kvernvik K2 (paper space, grid labels above values, ACAD_TABLE BOM)
    dict(file='kmv-2055-010.dxf', firm='KMV', style='K2', lang='nb', units='mm', k=1.0, date_style='iso', geom='shaft',
         tb=dict(drawing_number='KMV-2055-010', title=['Akselsammenstilling', 'transportør T2'], revision='B', date='2026-10-02',
                 drawn_by='S. Brattli', checked_by='K. Hagen', approved_by='R. Kvernvik', scale='1:2', sheet=(1, 1),
                 project='P-2306 Fôrlinje Aukra', client='Vestfjord Havbruk AS'),
         bom=[(1, 'KMV-30551', 'Aksel Ø40 h6, L=620', 1, '42CrMo4'), (2, 'KMV-30552', 'Kjedehjul 08B-1, z=19', 2, 'C45'),
              (3, 'SKF UCF 208', 'Flenslager', 2, None), (4, 'DIN 6885 A 12x8x40', 'Kile', 2, 'C45K'),
              (5, 'DIN 471 40x1,75', 'Låsering', 4, 'Fjærstål')]),
    dict(file='kmv-2055-011.dxf', firm='KMV', style='K2', lang='nb', units='mm', k=1.0, date_style='iso', geom='plate',
         tb=dict(drawing_number='KMV-2055-011', title=['Brakett for hydraulikkventil'], revision='A', date='2026-10-05',
                 drawn_by='S. Brattli', checked_by='K. Hagen', approved_by='R. Kvernvik', scale='1:1', sheet=(1, 1),
                 project='P-2306 Fôrlinje Aukra', client='Vestfjord Havbruk AS'),
         bom=[]),
    dict(file='kmv-2055-020.dxf', firm='KMV', style='K2', lang='nb', units='mm', k=1.0, date_style='iso', geom='frame',
         tb=dict(drawing_number='KMV-2055-020', title=['Stativ for fôrdoserer'], revision='C', date='2026-11-12',
                 drawn_by='T. Moldskred', checked_by='S. Brattli', approved_by='R. Kvernvik', scale='1:10', sheet=(2, 3),
                 project='P-2306 Fôrlinje Aukra', client='Vestfjord Havbruk AS'),
         bom=[(1, 'KMV-30601', 'Søyle RHS 80x80x5, L=1450', 4, 'S355J2H'), (2, 'KMV-30602', 'Bjelke UNP 120, L=980', 2, 'S355J2'),
              (3, 'KMV-30603', 'Stag L 50x50x5, L=1120', 4, 'S235JR'), (4, 'KMV-30604', 'Fotplate 160x160x12', 4, 'S355J2'),
              (5, 'Hilti HST3 M12x115', 'Ekspansjonsanker', 16, 'Stål fzv'), (6, 'KMV-30605', 'Dekkplate, rutemønstret 4/6', 1, 'S235JR'),
              (7, 'ISO 4017 M12x35', 'Sekskantskrue', 24, '8.8 fzv')]),
    # --- Skarvik S1 (en, labels beside values, ACAD_TABLE BOM), one in inches
    dict(file='SKA-24017-E-101.dxf', firm='SKA', style='S1', lang='en', units='mm', k=1.0, date_style='dmy_en', geom='cabinet',
         tb=dict(drawing_number='SKA-24017-E-101', title=['Control cabinet CC-101', 'general arrangement'], revision='P2', date='2026-11-03',
                 drawn_by='J. Tveit', checked_by='M. Olsen', approved_by='A. Skarvik', scale='1:5', sheet=(1, 3),
                 project='24017 Nordkyn pump skid', client='Nordkyn Subsea AS'),
         bom=[(1, 'SKA-EL-0042', 'Enclosure 800x600x300, IP66', 1, 'AISI 316L'), (2, 'SKA-EL-0107', 'Mounting plate 760x560', 1, 'Galv. steel'),
              (3, 'SKA-EL-0311', 'DIN rail TS35, L=700', 4, 'Steel'), (4, 'SKA-EL-0520', 'Cable duct 60x80, L=700', 6, 'PVC'),
              (5, 'SKA-EL-0612', 'Cable gland M25, EMC', 8, 'Brass, nickel plated'), (6, 'SKA-EL-0901', 'Wire H07V-K 2.5 mm², grey', 2.5, None)]),
    dict(file='SKA-24017-M-210.dxf', firm='SKA', style='S1', lang='en', units='in', k=8 / 25.4, date_style='dmy_en', geom='skid',
         tb=dict(drawing_number='SKA-24017-M-210', title=['Pump skid base frame'], revision='P1', date='2026-10-27',
                 drawn_by='J. Tveit', checked_by='R. Hansen', approved_by='A. Skarvik', scale='1:8', sheet=(1, 1),
                 project='24017 Nordkyn pump skid', client='Gulf Anchor Services LLC'),
         bom=[(1, 'SKA-ST-2101', 'W8x31 beam, L=120 in', 2, 'ASTM A992'), (2, 'SKA-ST-2102', 'W8x31 beam, L=72 in', 3, 'ASTM A992'),
              (3, 'SKA-ST-2103', 'Lifting lug, 1 in plate', 4, 'ASTM A572 Gr.50'), (4, 'SKA-ST-2104', 'Drip pan, 10 ga', 1, 'AISI 316'),
              (5, 'SKA-ST-2105', 'Grounding boss 1/2-13 UNC', 2, 'AISI 316')]),
    dict(file='SKA-24031-E-004.dxf', firm='SKA', style='S1', lang='en', units='mm', k=2.0, date_style='dmy_en', geom='junction',
         tb=dict(drawing_number='SKA-24031-E-004', title=['Junction box JB-12 layout'], revision='C1', date='2026-11-18',
                 drawn_by='L. Eriksen', checked_by='J. Tveit', approved_by='A. Skarvik', scale='1:2', sheet=(4, 7),
                 project='24031 Bømlo ROV hangar', client='Bømlo Kystverft AS'),
         bom=[(1, 'SKA-EL-0055', 'Junction box 400x300x200, Ex e', 1, 'GRP'), (2, 'SKA-EL-0333', 'Terminal 4 mm², Ex e', 24, 'PA'),
              (3, 'SKA-EL-0334', 'End stop', 4, 'PA'), (4, 'SKA-EL-0615', 'Cable gland M20, Ex d', 6, 'Brass')]),
    # --- Skarvik S2 (MTEXT cells)
    dict(file='SKA-24017-E-102.dxf', firm='SKA', style='S2', lang='en', units='mm', k=1.0, date_style='ymd_slash', geom='cabinet',
         tb=dict(drawing_number='SKA-24017-E-102', title=['Control cabinet CC-101', 'door layout'], revision='P2', date='2026-11-05',
                 drawn_by='J. Tveit', checked_by='M. Olsen', scale='1:5', sheet=(2, 3), project='24017 Nordkyn pump skid',
                 client='Nordkyn Subsea AS'),
         bom=[(1, 'SKA-EL-0710', 'HMI panel 7 in', 1, None), (2, 'SKA-EL-0711', 'Emergency stop, red mushroom', 1, None),
              (3, 'SKA-EL-0712', 'Pilot light 22 mm, green', 3, None), (4, 'SKA-EL-0713', 'Selector switch 3-pos', 2, None),
              (5, 'SKA-EL-0714', 'Label plate 40x15, engraved', 6, 'Laminate')]),
    dict(file='SKA-24031-E-001.dxf', firm='SKA', style='S2', lang='en', units='mm', k=10.0, date_style='ymd_slash', geom='hangar',
         tb=dict(drawing_number='SKA-24031-E-001', title=['Cable routing overview', 'ROV hangar level 1'], revision='B', date='2026-10-30',
                 drawn_by='L. Eriksen', checked_by='M. Olsen', scale='1:100', sheet=(1, 7), project='24031 Bømlo ROV hangar',
                 client='Bømlo Kystverft AS'),
         bom=[]),
    dict(file='SKA-24040-M-003.dxf', firm='SKA', style='S2', lang='en', units='mm', k=1.0, date_style='ymd_slash', geom='plate',
         tb=dict(drawing_number='SKA-24040-M-003', title=['Sensor bracket, level transmitter'], revision='A', date='2026-11-20',
                 drawn_by='R. Hansen', checked_by='J. Tveit', scale='1:1', sheet=(1, 1), project='24040 Karmøy feed barge',
                 client='Karmøy Fôrbase AS'),
         bom=[(1, 'SKA-ME-4031', 'Bracket, bent 4 mm plate', 1, 'AISI 316L'), (2, 'SKA-ME-4032', 'U-bolt M8 for DN50', 2, 'A4-70'),
              (3, 'ISO 7089 8', 'Washer', 4, 'A4'), (4, 'ISO 4032 M8', 'Hex nut', 4, 'A4-70')]),
    # --- Fjordlys F1 (label-only header rows), revisions 01 and 02, one in metres
    dict(file='FSM-1187-201_rev01.dxf', firm='FSM', style='F1', lang='nb', units='mm', k=20.0, date_style='dmy_short', geom='platform',
         tb=dict(drawing_number='FSM-1187-201', title=['Plattform for fôrsilo', 'oversikt'], revision='01', date='2026-09-30',
                 drawn_by='O-M. Sæbø', checked_by='E. Vik', scale='1:20', sheet=(1, 2), project='1187 Fôrsilo Karmøy',
                 client='Karmøy Fôrbase AS'),
         bom=[(1, 'FSM-S-11871', 'HEB 200, L=4200', 4, 'S355J2'), (2, 'FSM-S-11872', 'HEB 160, L=3600', 6, 'S355J2'),
              (3, 'FSM-S-11873', 'Gitterrist 30/30, 1000x3600', 4, 'S235JR HDG'), (4, 'FSM-S-11874', 'Rekkverk, stolpe L=1100', 14, 'S235JR HDG'),
              (5, 'ISO 4014 M20x70', 'Sekskantskrue', 48, '8.8 HDG')]),
    dict(file='FSM-1187-201_rev02.dxf', firm='FSM', style='F1', lang='nb', units='mm', k=20.0, date_style='dmy_short', geom='platform',
         tb=dict(drawing_number='FSM-1187-201', title=['Plattform for fôrsilo', 'oversikt'], revision='02', date='2026-11-09',
                 drawn_by='O-M. Sæbø', checked_by='E. Vik', scale='1:20', sheet=(1, 2), project='1187 Fôrsilo Karmøy',
                 client='Karmøy Fôrbase AS'),
         bom=[(1, 'FSM-S-11871', 'HEB 200, L=4200', 4, 'S355J2'), (2, 'FSM-S-11872', 'HEB 160, L=3600', 6, 'S355J2'),
              (3, 'FSM-S-11873', 'Gitterrist 30/30, 1000x3600', 4, 'S235JR HDG'), (4, 'FSM-S-11874', 'Rekkverk, stolpe L=1100', 16, 'S235JR HDG'),
              (5, 'ISO 4014 M20x70', 'Sekskantskrue', 56, '8.8 HDG'), (6, 'FSM-S-11875', 'Sparkelist 100x6', 8, 'S235JR HDG')]),
    dict(file='FSM-1190-001.dxf', firm='FSM', style='F1', lang='nb', units='m', k=0.5, date_style='dmy_short', geom='site',
         tb=dict(drawing_number='FSM-1190-001', title=['Situasjonsplan kaiområde'], revision='01', date='2026-10-12',
                 drawn_by='E. Vik', checked_by='H. Lothe', scale='1:500', sheet=(1, 1), project='1190 Kai og gangbru Kopervik',
                 client='Kopervik Havnevesen KF'),
         bom=[]),
    # --- Fjordlys F2 (nn labels, paper space, R2000 cp1252, cryptic attribute tags), sheets 1 and 2
    dict(file='FSM-1190-310_blad1.dxf', firm='FSM', style='F2', lang='nn', units='mm', k=1.0, date_style='nb_long', geom='bridge',
         tb=dict(drawing_number='FSM-1190-310', title=['Gangbru 24 m', 'sveisedetaljar'], revision='02', date='2026-11-05',
                 drawn_by='H. Lothe', checked_by='O-M. Sæbø', scale='1:10', sheet=(1, 2), project='1190 Kai og gangbru Kopervik',
                 client='Kopervik Havnevesen KF'),
         bom=[(1, 'FSM-S-19031', 'Overgurt RHS 150x100x8', 2, 'S355J2H'), (2, 'FSM-S-19032', 'Undergurt RHS 150x100x8', 2, 'S355J2H'),
              (3, 'FSM-S-19033', 'Diagonal SHS 80x80x5', 16, 'S355J2H'), (4, 'FSM-S-19034', 'Lagerplate 300x250x25', 4, 'S355J2')]),
    dict(file='FSM-1190-310_blad2.dxf', firm='FSM', style='F2', lang='nn', units='mm', k=1.0, date_style='nb_long', geom='bridge',
         tb=dict(drawing_number='FSM-1190-310', title=['Gangbru 24 m', 'sveisedetaljar'], revision='02', date='2026-11-05',
                 drawn_by='H. Lothe', checked_by='O-M. Sæbø', scale='1:5', sheet=(2, 2), project='1190 Kai og gangbru Kopervik',
                 client='Kopervik Havnevesen KF'),
         bom=[(5, 'FSM-S-19035', 'Knuteplate t=12', 24, 'S355J2'), (6, 'FSM-S-19036', 'Dekke, gitterrist 30/10', 8, 'S235JR HDG'),
              (7, 'ISO 4014 M16x60', 'Sekskantskrue', 64, '8.8 HDG')]),
    # --- no title block at all
    dict(file='skisse_festeklemme.dxf', firm=None, style='X', lang='nb', units='mm', k=1.0, date_style=None, geom='clamp',
         tb=None, bom=[]),
    # --- PDF
    dict(file='KMV-2055-030.pdf', firm='KMV', style='P1', lang='nb', units='mm', date_style='dmy_dot', geom='shaft',
         tb=dict(drawing_number='KMV-2055-030', title=['Strammeanordning for kjede'], revision='A', date='2026-11-02',
                 drawn_by='S. Brattli', checked_by='K. Hagen', scale='1:2', sheet=(1, 1), project='P-2306 Fôrlinje Aukra',
                 client='Vestfjord Havbruk AS'),
         bom=[(1, 'KMV-30701', 'Strammeskinne', 2, 'S355J2'), (2, 'KMV-30702', 'Glideblokk', 2, 'PE-UHMW'),
              (3, 'DIN 975 M16x300', 'Gjengestang', 2, '8.8 fzv'), (4, 'ISO 4032 M16', 'Mutter', 6, '8 fzv')]),
    dict(file='KMV-2041-101_revC.pdf', firm='KMV', style='P1', lang='nb', units='mm', date_style='dmy_dot', geom='bearing',
         tb=dict(drawing_number='KMV-2041-101', title=['Lagerhus for kjedehjul'], revision='C', date='2026-11-19', drawn_by='TMO',
                 checked_by='SBR', scale='1:2', sheet=(1, 1), project='P-2291 Vindnes fiskemottak', client='Sunnmøre Fiskemottak AS'),
         bom=[(1, 'KMV-10234', 'Lagerhus, dreid', 1, 'S355J2'), (2, 'SKF 6208-2Z', 'Kulelager 40x80x18', 2, None),
              (3, 'KMV-10235', 'Lagerlokk', 2, 'S235JR'), (4, 'DIN 912 M8x25', 'Umbrakoskrue', 12, '8.8 fzv'),
              (5, 'KMV-10236', 'Avstandshylse', 1, 'EN AW-6082'), (6, 'DIN 71412 M8x1', 'Smørenippel, rett', 1, 'Stål fzv')]),
    dict(file='KMV-2060-001.pdf', firm='KMV', style='P1', lang='nb', units=None, date_style='dmy_dot', geom='frame',
         tb=dict(drawing_number='KMV-2060-001', title=['Løftebjelke 2 t', 'sammenstilling'], revision='0', date='2026-11-24',
                 drawn_by='TMO', checked_by=None, scale='1:10', sheet=(1, 1), project=None, client=None),
         bom=[(1, 'KMV-40011', 'Bjelke HEA 160, L=2400', 1, 'S355J2'), (2, 'KMV-40012', 'Løfteøre t=20', 2, 'S355J2'),
              (3, 'KMV-40013', 'Sjakkel 3,25 t', 2, None)]),
    dict(file='SKA-24017-E-103.pdf', firm='SKA', style='P2', lang='en', units='mm', date_style='en_long', geom='cabinet',
         tb=dict(drawing_number='SKA-24017-E-103', title=['Control cabinet CC-101', 'terminal arrangement'], revision='P1', date='2026-11-06',
                 drawn_by='J. Tveit', checked_by='M. Olsen', approved_by='A. Skarvik', scale='NTS', sheet=(3, 3),
                 project='24017 Nordkyn pump skid', client='Nordkyn Subsea AS'),
         bom=[(1, 'SKA-EL-0340', 'Terminal block 2.5 mm², grey', 48, 'PA'), (2, 'SKA-EL-0341', 'Terminal block 2.5 mm², blue', 12, 'PA'),
              (3, 'SKA-EL-0342', 'Earth terminal 4 mm²', 8, 'PA'), (4, 'SKA-EL-0345', 'Fuse terminal 5x20', 6, 'PA'),
              (5, 'SKA-EL-0311', 'DIN rail TS35, L=700', 2, 'Steel')]),
    dict(file='SKA-24040-M-001.pdf', firm='SKA', style='P2', lang='en', units='mm', date_style='en_long', geom='skid',
         tb=dict(drawing_number='SKA-24040-M-001', title=['Feed barge dosing skid'], revision='A', date='2026-11-23',
                 drawn_by='R. Hansen', checked_by='J. Tveit', approved_by='A. Skarvik', scale='1:20', sheet=(1, 2),
                 project='24040 Karmøy feed barge', client='Karmøy Fôrbase AS'),
         bom=[(1, 'SKA-ME-4001', 'Skid frame, welded', 1, 'S355J2 HDG'), (2, 'SKA-ME-4002', 'Dosing pump 2.2 kW', 2, None),
              (3, 'SKA-ME-4003', 'Pipe DN50, L=3.2 m', 3, 'AISI 316L'), (4, 'SKA-ME-4004', 'Butterfly valve DN50', 4, 'Duplex')]),
    dict(file='FSM-1187-205.pdf', firm='FSM', style='P3', lang='nb', units='mm', date_style='dmy_short', geom='platform',
         tb=dict(drawing_number='FSM-1187-205', title=['Trapp og rekkverk', 'detaljer'], revision='01', date='2026-10-19',
                 drawn_by='O-M. Sæbø', checked_by='E. Vik', scale='1:10', sheet=(2, 2), project='1187 Fôrsilo Karmøy',
                 client='Karmøy Fôrbase AS'),
         bom=[(1, 'FSM-S-11881', 'Vange UNP 200, L=3850', 2, 'S355J2 HDG'), (2, 'FSM-S-11882', 'Trinn, gitterrist 800x240', 14, 'S235JR HDG'),
              (3, 'FSM-S-11883', 'Håndløper Ø42,4x3,2', 2, 'S235JR HDG'), (4, 'ISO 4017 M12x35', 'Sekskantskrue', 56, '8.8 HDG')]),
    dict(file='FSM-1190-320.pdf', firm='FSM', style='P3', lang='nb', units='mm', date_style='dmy_short', geom='bridge',
         tb=dict(drawing_number='FSM-1190-320', title=['Landkar, innstøpingsgods'], revision='01', date='2026-11-16',
                 drawn_by='H. Lothe', checked_by='E. Vik', scale='1:20', sheet=(1, 1), project='1190 Kai og gangbru Kopervik',
                 client='Kopervik Havnevesen KF'),
         bom=[]),
]


# ----------------------------------------------------------------------------- geometry (model space)
def rect(msp, x, y, w, h, layer):
    msp.add_lwpolyline([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], close=True, dxfattribs={'layer': layer})


def draw_geometry(doc, msp, dw, L, ox, oy, k):
    """A plausible part, in model units; ox, oy = origin; k = model units per paper mm."""
    g = dw['geom']
    s = k
    if g == 'bearing':
        for cx in (ox + 80 * s, ox + 210 * s):
            msp.add_circle((cx, oy + 90 * s), 45 * s, dxfattribs={'layer': L['contour']})
            msp.add_circle((cx, oy + 90 * s), 20 * s, dxfattribs={'layer': L['contour']})
            msp.add_circle((cx, oy + 90 * s), 34 * s, dxfattribs={'layer': L['hidden'], 'linetype': 'DASHED'})
            msp.add_line((cx - 55 * s, oy + 90 * s), (cx + 55 * s, oy + 90 * s), dxfattribs={'layer': L['center'], 'linetype': 'CENTER'})
            msp.add_line((cx, oy + 35 * s), (cx, oy + 145 * s), dxfattribs={'layer': L['center'], 'linetype': 'CENTER'})
            for a in range(0, 360, 60):
                msp.add_circle((cx + 38 * s * math.cos(math.radians(a)), oy + 90 * s + 38 * s * math.sin(math.radians(a))), 4.5 * s,
                               dxfattribs={'layer': L['contour']})
    elif g in ('frame', 'skid', 'platform'):
        w, h = (260, 140) if g != 'platform' else (300, 160)
        rect(msp, ox, oy, w * s, h * s, L['contour'])
        rect(msp, ox + 8 * s, oy + 8 * s, (w - 16) * s, (h - 16) * s, L['hidden'])
        for i in range(1, 4):
            msp.add_line((ox + w * s * i / 4, oy), (ox + w * s * i / 4, oy + h * s), dxfattribs={'layer': L['contour']})
        msp.add_line((ox, oy), (ox + w * s / 4, oy + h * s), dxfattribs={'layer': L['contour']})
        msp.add_line((ox + w * s * 3 / 4, oy + h * s), (ox + w * s, oy), dxfattribs={'layer': L['contour']})
    elif g == 'shaft':
        pts = [(0, 20), (60, 20), (60, 24), (500, 24), (500, 20), (620, 20), (620, -20), (500, -20), (500, -24), (60, -24), (60, -20), (0, -20)]
        msp.add_lwpolyline([(ox + x * s * 0.4, oy + 80 * s + y * s * 0.4 * 2) for x, y in pts], close=True, dxfattribs={'layer': L['contour']})
        msp.add_line((ox - 10 * s, oy + 80 * s), (ox + 260 * s, oy + 80 * s), dxfattribs={'layer': L['center'], 'linetype': 'CENTER'})
    elif g in ('plate', 'clamp'):
        rect(msp, ox, oy, 120 * s, 80 * s, L['contour'])
        for x, y in ((15, 15), (105, 15), (15, 65), (105, 65)):
            msp.add_circle((ox + x * s, oy + y * s), 4.5 * s, dxfattribs={'layer': L['contour']})
        msp.add_circle((ox + 60 * s, oy + 40 * s), 16 * s, dxfattribs={'layer': L['contour']})
        msp.add_line((ox + 40 * s, oy + 40 * s), (ox + 80 * s, oy + 40 * s), dxfattribs={'layer': L['center'], 'linetype': 'CENTER'})
    elif g in ('cabinet', 'junction'):
        rect(msp, ox, oy, 160 * s, 120 * s, L['contour'])
        for i in range(4):
            rect(msp, ox + 10 * s, oy + (12 + 26 * i) * s, 140 * s, 8 * s, L['hidden'])
        for i in range(8):
            msp.add_circle((ox + (20 + 17 * i) * s, oy - 6 * s), 3 * s, dxfattribs={'layer': L['contour']})
    elif g in ('hangar', 'site', 'bridge'):
        rect(msp, ox, oy, 300 * s, 150 * s, L['contour'])
        msp.add_line((ox, oy + 75 * s), (ox + 300 * s, oy + 75 * s), dxfattribs={'layer': L['center'], 'linetype': 'CENTER'})
        for i in range(7):
            msp.add_line((ox + 40 * s * i + 20 * s, oy), (ox + 40 * s * i + 40 * s, oy + 150 * s), dxfattribs={'layer': L['contour']})
    # two real dimensions (rendered into anonymous *D blocks)
    dim = msp.add_linear_dim(base=(ox, oy - 15 * s), p1=(ox, oy), p2=(ox + 100 * s, oy), dimstyle='EZDXF',
                             override={'dimtxt': 2.5 * s, 'dimasz': 2.5 * s, 'dimexe': 1.5 * s, 'dimexo': 1 * s, 'dimlfac': 1,
                                       'dimdec': 2 if dw['units'] == 'in' else 0}, dxfattribs={'layer': L['dims']})
    dim.render()
    note_h = 2.5 * s
    notes = {
        'nb': 'MERKNADER:\\P1. Alle mål i {u} om ikke annet er angitt.\\P2. Skarpe kanter brytes 0,5x45%%d.\\P3. Toleranser etter ISO 2768-m.',
        'nn': 'MERKNADER:\\P1. Alle mål i {u} om ikkje anna er oppgitt.\\P2. Sveis etter NS-EN 1090-2, EXC2.',
        'en': 'NOTES:\\P1. All dimensions in {u} unless otherwise stated.\\P2. Remove all burrs and sharp edges.\\P3. General tolerances ISO 2768-m.',
    }[dw['lang']]
    unit_word = {'mm': 'mm', 'm': 'm' if dw['lang'] != 'en' else 'metres', 'in': 'inches', 'cm': 'cm'}[dw['units']]
    msp.add_mtext(notes.format(u=unit_word), dxfattribs={'layer': L['text'], 'char_height': note_h, 'insert': (ox, oy - 30 * s)}).dxf.width = 150 * s


# ----------------------------------------------------------------------------- helpers: text, grids, tables
def text(space, s, x, y, h, layer, align=None, style='Standard'):
    t = space.add_text(s, height=h, dxfattribs={'layer': layer, 'style': style})
    if align:
        t.set_placement((x, y), align=align)
    else:
        t.dxf.insert = (x, y)
    return t


def lines_rect(space, x, y, w, h, layer):
    for a, b in (((x, y), (x + w, y)), ((x + w, y), (x + w, y + h)), ((x + w, y + h), (x, y + h)), ((x, y + h), (x, y))):
        space.add_line(a, b, dxfattribs={'layer': layer})


def sheet_text(sheet, lang, style):
    n, m = sheet
    return {'av': f'{n} av {m}', 'slash': f'{n}/{m}', 'of': f'{n} OF {m}', 'av_nn': f'{n} av {m}', 'of_lower': f'{n} of {m}'}[style]


def bom_cells_text(dw, headers, order, qty_suffix=''):
    """-> rows of strings in column `order` (subset/permutation of item, part, desc, qty, mat)."""
    out = []
    for item, part, desc, qty, mat in dw['bom']:
        vals = {'item': str(item), 'part': part, 'desc': desc, 'qty': qty_text(qty, dw['lang'], qty_suffix), 'mat': mat or ''}
        out.append([vals[c] for c in order])
    return out


def draw_bom_lines(space, x, y, cols, widths, rows, h_row, th, layer_l, layer_t, title=None, bottom_up=False):
    """A BOM as LINEs + TEXT. (x, y) = lower-left corner. rows[0] = header row."""
    n = len(rows) + (1 if title else 0)
    total_w = sum(widths)
    for i in range(n + 1):
        space.add_line((x, y + i * h_row), (x + total_w, y + i * h_row), dxfattribs={'layer': layer_l})
    cx = x
    for w in [0] + widths:
        cx += w
        space.add_line((cx, y), (cx, y + (n - (1 if title else 0)) * h_row), dxfattribs={'layer': layer_l})
    space.add_line((x, y), (x, y + n * h_row), dxfattribs={'layer': layer_l})
    space.add_line((x + total_w, y), (x + total_w, y + n * h_row), dxfattribs={'layer': layer_l})
    seq = list(rows)
    if bottom_up:
        # header at the bottom, item 1 just above it, the list grows upwards
        placed = [(0, seq[0])] + [(i + 1, r) for i, r in enumerate(seq[1:])]
    else:
        placed = [(n - 1 - (1 if title else 0) - i, r) for i, r in enumerate(seq)]
    for ri, r in placed:
        cx = x
        for w, val in zip(widths, r):
            if val != '':
                text(space, val, cx + 1.2 * th, y + ri * h_row + (h_row - th) / 2, th, layer_t)
            cx += w
    if title:
        text(space, title, x + total_w / 2, y + (n - 0.5) * h_row, th * 1.2, layer_t, align=TextEntityAlignment.MIDDLE_CENTER)
    return total_w, n * h_row


def acad_table(doc, space_owner_handle, layer, insert, header_rows, rows, widths, h_row, th, title=None):
    """Adds an ACAD_TABLE (written as raw tags after saving) with its anonymous *T block. Returns the tag text."""
    blk = doc.blocks.new_anonymous_block(type_char='T')
    all_rows = ([[title] + [''] * (len(widths) - 1)] if title else []) + header_rows + rows
    nrows, ncols = len(all_rows), len(widths)
    total_w = sum(widths)
    # graphics of the table (relative to the insert point = top-left corner)
    for i in range(nrows + 1):
        blk.add_line((0, -i * h_row), (total_w, -i * h_row), dxfattribs={'layer': layer})
    cx = 0
    for j, w in enumerate([0] + widths):
        cx += w
        y0 = -h_row if title else 0
        if j in (0, len(widths)):
            y0 = 0
        blk.add_line((cx, y0), (cx, -nrows * h_row), dxfattribs={'layer': layer})
    for i, r in enumerate(all_rows):
        cx = 0
        for j, (w, val) in enumerate(zip(widths, r)):
            if val:
                if title and i == 0:
                    blk.add_mtext(val, dxfattribs={'layer': layer, 'char_height': th * 1.2, 'insert': (total_w / 2, -(i + 0.5) * h_row),
                                                   'attachment_point': 5})
                else:
                    blk.add_mtext(val, dxfattribs={'layer': layer, 'char_height': th, 'insert': (cx + th, -(i + 0.5) * h_row),
                                                   'attachment_point': 4})
            cx += w
    handle = doc.entitydb.next_handle()
    tags = [(0, 'ACAD_TABLE'), (5, handle), (330, space_owner_handle), (100, 'AcDbEntity'), (8, layer), (100, 'AcDbBlockReference'),
            (2, blk.name), (10, f'{insert[0]:.4f}'), (20, f'{insert[1]:.4f}'), (30, '0.0'), (100, 'AcDbTable'), (280, 0),
            (343, blk.block_record_handle), (11, '1.0'), (21, '0.0'), (31, '0.0'), (90, 22), (91, nrows), (92, ncols),
            (93, 0), (94, 0), (95, 0), (96, 0)]
    tags += [(141, f'{h_row:.4f}')] * nrows + [(142, f'{w:.4f}')] * ncols
    for i, r in enumerate(all_rows):
        for j, val in enumerate(r):
            merged = title and i == 0
            tags += [(171, 1), (172, 0), (173, 1 if merged and j == 0 else 0), (174, 0), (175, ncols if merged and j == 0 else 1), (176, 1),
                     (91, 262144), (178, 0), (145, '0.0'), (92, 0), (301, 'CELL_VALUE'), (93, 2), (90, 4), (94, 0), (300, ''),
                     (302, val), (304, 'ACVALUE_END')]
    return ''.join(f'{c:>3}\n{v}\n' for c, v in tags)


def save_with_tables(doc, path, table_texts, encoding=None):
    buf = io.StringIO()
    doc.write(buf)
    s = buf.getvalue()
    if table_texts:
        marker = '  0\nSECTION\n  2\nENTITIES\n'
        i = s.index(marker)
        j = s.index('  0\nENDSEC\n', i)
        s = s[:j] + ''.join(table_texts) + s[j:]
    with open(path, 'w', encoding=encoding or 'utf-8', newline='\r\n' if encoding else '\n') as f:
        f.write(s)


# ----------------------------------------------------------------------------- styles
LAYERS_NB = {'contour': 'KONTUR', 'hidden': 'SKJULT', 'center': 'SENTERLINJE', 'dims': 'MÅL', 'text': 'TEKST', 'frame': 'RAMME',
             'tb': 'TITTELFELT', 'bom': 'STYKKLISTE'}
LAYERS_EN = {'contour': 'OUTLINE', 'hidden': 'HIDDEN', 'center': 'CENTER', 'dims': 'DIMENSIONS', 'text': 'NOTES', 'frame': 'BORDER',
             'tb': 'TITLE', 'bom': 'BOM'}
LAYERS_FSM = {'contour': 'S-KONTUR', 'hidden': 'S-SKJULT', 'center': 'S-SENTER', 'dims': 'S-MAAL', 'text': 'S-TEKST', 'frame': 'A-RAMME',
              'tb': 'A-TEIKNHOVUD', 'bom': 'A-STYKKLISTE'}


def new_doc(dw, version='R2018'):
    doc = ezdxf.new(version, setup=True)
    doc.header['$INSUNITS'] = UNITS[dw['units']]
    doc.header['$MEASUREMENT'] = 0 if dw['units'] == 'in' else 1
    L = LAYERS_EN if dw['lang'] == 'en' else (LAYERS_FSM if dw['firm'] == 'FSM' else LAYERS_NB)
    colors = {'contour': 7, 'hidden': 3, 'center': 1, 'dims': 4, 'text': 2, 'frame': 7, 'tb': 7, 'bom': 7}
    for key, name in L.items():
        doc.layers.add(name, color=colors[key])
    return doc, L


def tb_values(dw):
    tb = dw['tb']
    return tb, fmt_date(tb['date'], dw['date_style'])


def style_K1(dw):
    doc, L = new_doc(dw)
    msp = doc.modelspace()
    k = dw['k']
    W, H = 420 * k, 297 * k
    lines_rect(msp, 0, 0, W, H, L['frame'])
    lines_rect(msp, 10 * k, 10 * k, W - 20 * k, H - 20 * k, L['frame'])
    draw_geometry(doc, msp, dw, L, 40 * k, 120 * k, k)
    tb, dt = tb_values(dw)
    # block definition: lines, fixed labels, firm name, attribute definitions
    blk = doc.blocks.new('KMV_TITTELFELT_A3')
    w, h = 180, 56
    x0, y0 = 0, 0
    for yy in (0, 8, 16, 24, 32, 44, 56):
        blk.add_line((x0, yy), (x0 + w, yy), dxfattribs={'layer': '0'})
    for xx, ya, yb in ((0, 0, 56), (180, 0, 56), (60, 0, 16), (100, 0, 16), (140, 0, 8)):
        blk.add_line((xx, ya), (xx, yb), dxfattribs={'layer': '0'})
    lab = 1.8
    cells = [  # label, tag, x, y (lower-left of the cell), value height
        ('Tegningsnr.', 'TEGNINGSNR', 0, 0, 3.5), ('Rev.', 'REV', 60, 0, 3.5), ('Blad', 'BLAD', 100, 0, 3.0), ('Målestokk', 'MALESTOKK', 140, 0, 3.0),
        ('Tegnet', 'TEGNET', 0, 8, 2.5), ('Kontr.', 'KONTROLLERT', 60, 8, 2.5), ('Dato', 'DATO', 100, 8, 2.5), ('Prosjekt', 'PROSJEKT', 0, 16, 2.5),
        ('Kunde', 'KUNDE', 0, 24, 2.5), ('Tittel', 'TITTEL', 0, 32, 3.5)]
    for label, tag, x, y, vh in cells:
        blk.add_text(label, height=lab, dxfattribs={'layer': '0'}).dxf.insert = (x + 1, y + 8 - 2.6 if tag != 'TITTEL' else y + 12 - 2.6)
        a = blk.add_attdef(tag, insert=(x + 2, y + 1.2), text='', dxfattribs={'height': vh, 'layer': '0', 'prompt': label})
        a.dxf.flags = 0
    blk.add_text('KVERNVIK MEKANISKE VERKSTED AS', height=4.0, dxfattribs={'layer': '0'}).dxf.insert = (2, 48)
    blk.add_text(FIRMS['KMV']['addr'] + '  ·  ' + FIRMS['KMV']['tel'], height=1.8, dxfattribs={'layer': '0'}).dxf.insert = (2, 45)
    ref = msp.add_blockref('KMV_TITTELFELT_A3', (W - 10 * k - w * k, 10 * k), dxfattribs={'layer': L['tb'], 'xscale': k, 'yscale': k})
    ref.add_auto_attribs({'TEGNINGSNR': tb['drawing_number'], 'REV': tb['revision'], 'BLAD': sheet_text(tb['sheet'], 'nb', 'av'),
                          'MALESTOKK': tb['scale'], 'TEGNET': tb['drawn_by'], 'KONTROLLERT': tb['checked_by'], 'DATO': dt,
                          'PROSJEKT': tb['project'], 'KUNDE': tb['client'], 'TITTEL': ' '.join(tb['title'])})
    # revision table above the title block (older revisions are listed too)
    rx, ry = W - 10 * k - w * k, 10 * k + h * k
    rh = 6 * k
    rows = [['Rev.', 'Dato', 'Endring', 'Sign.']] + [[r, fmt_date(dd, 'dmy_dot'), t, s] for r, dd, t, s in dw['revs']]
    draw_bom_lines(msp, rx, ry, None, [15 * k, 28 * k, 112 * k, 25 * k], rows, rh, 2.2 * k, L['tb'], L['tb'], bottom_up=True)
    # BOM bottom-up above the revision table: Pos. | Antall | Benevnelse | Artikkelnr. | Materiale
    if dw['bom']:
        by = ry + len(rows) * rh + 4 * k
        brows = [['Pos.', 'Antall', 'Benevnelse', 'Artikkelnr.', 'Materiale']] + bom_cells_text(dw, None, ['item', 'qty', 'desc', 'part', 'mat'])
        draw_bom_lines(msp, rx, by, None, [14 * k, 16 * k, 62 * k, 50 * k, 38 * k], brows, 7 * k, 2.5 * k, L['bom'], L['bom'], bottom_up=True)
    return doc, []


def grid_above(space, x, y, cells, lab_h, val_h, layer):
    """cells: (x, y, w, h, label, value) relative to (x, y); label at the top-left, value below it."""
    for cx, cy, w, h, label, value in cells:
        lines_rect(space, x + cx, y + cy, w, h, layer)
        text(space, label, x + cx + 1.0, y + cy + h - lab_h - 1.0, lab_h, layer)
        if value:
            for i, line in enumerate(value if isinstance(value, list) else [value]):
                text(space, line, x + cx + 2.0, y + cy + h - lab_h - 2.5 - (i + 1) * (val_h * 1.45), val_h, layer)


def style_K2(dw):
    doc, L = new_doc(dw)
    msp = doc.modelspace()
    draw_geometry(doc, msp, dw, L, 0, 0, 1.0)
    tb, dt = tb_values(dw)
    psp = doc.layouts.new('A3 Tittelfelt')
    psp.page_setup(size=(420, 297), margins=(0, 0, 0, 0), units='mm')
    lines_rect(psp, 10, 10, 400, 277, L['frame'])
    vp = psp.add_viewport(center=(170, 170), size=(300, 220), view_center_point=(150, 60), view_height=260)
    vp.dxf.layer = L['frame']
    x0, y0 = 230, 10
    cells = [
        (0, 0, 70, 14, 'TEGNINGSNUMMER', tb['drawing_number']), (70, 0, 25, 14, 'REVISJON', tb['revision']),
        (95, 0, 40, 14, 'BLAD', sheet_text(tb['sheet'], 'nb', 'slash')), (135, 0, 45, 14, 'MÅLESTOKK', tb['scale']),
        (0, 14, 45, 12, 'KONSTRUERT', tb['drawn_by']), (45, 14, 45, 12, 'KONTROLLERT', tb['checked_by']),
        (90, 14, 45, 12, 'GODKJENT', tb['approved_by']), (135, 14, 45, 12, 'DATO', dt),
        (0, 26, 180, 18, 'BENEVNELSE', tb['title']), (0, 44, 100, 12, 'PROSJEKT', tb['project']), (100, 44, 80, 12, 'KUNDE', tb['client']),
    ]
    grid_above(psp, x0, y0, cells, 1.8, 3.0, L['tb'])
    text(psp, 'KVERNVIK MEKANISKE VERKSTED AS', x0 + 2, y0 + 62, 4.5, L['tb'])
    text(psp, 'Industrivegen 14 · 6419 Molde · Tlf. 71 20 44 00', x0 + 2, y0 + 57.5, 2.0, L['tb'])
    lines_rect(psp, x0, y0 + 56, 180, 14, L['tb'])
    text(psp, 'Eiendomsrett: Denne tegningen tilhører Kvernvik Mekaniske Verksted AS og må ikke kopieres uten samtykke.', 15, 13, 1.8, L['text'])
    tables = []
    if dw['bom']:
        rows = bom_cells_text(dw, None, ['item', 'part', 'desc', 'qty', 'mat'])
        tables.append(acad_table(doc, msp.block_record_handle if hasattr(msp, 'block_record_handle') else msp.layout_key, L['bom'],
                                 (330, 240), [['Pos', 'Artikkelnr.', 'Beskrivelse', 'Antall', 'Materiale']], rows,
                                 [12, 40, 60, 16, 30], 7, 2.5, title='STYKKLISTE'))
    return doc, tables


def style_S1(dw):
    doc, L = new_doc(dw)
    msp = doc.modelspace()
    k = dw['k']
    W, H = 420 * k, 297 * k
    lines_rect(msp, 0, 0, W, H, L['frame'])
    lines_rect(msp, 10 * k, 10 * k, W - 20 * k, H - 20 * k, L['frame'])
    draw_geometry(doc, msp, dw, L, 40 * k, 110 * k, k)
    tb, dt = tb_values(dw)
    x0, y0 = W - 10 * k - 190 * k, 10 * k
    rh = 8 * k
    pairs = [  # (label, value) rows: two label/value pairs per row, drawn from the bottom
        [('DWG NO.', tb['drawing_number']), ('REV', tb['revision'])],
        [('SCALE', tb['scale']), ('SHEET', sheet_text(tb['sheet'], 'en', 'of'))],
        [('DRAWN BY', tb['drawn_by']), ('DATE', dt)],
        [('CHECKED BY', tb['checked_by']), ('APPROVED BY', tb['approved_by'])],
        [('PROJECT', tb['project']), ('CLIENT', tb['client'])],
    ]
    widths = [26 * k, 64 * k, 30 * k, 70 * k]
    for i, row in enumerate(pairs):
        y = y0 + i * rh
        cx = x0
        for j, (label, value) in enumerate(row):
            wl, wv = widths[2 * j], widths[2 * j + 1]
            lines_rect(msp, cx, y, wl, rh, L['tb'])
            text(msp, label, cx + 1.5 * k, y + 2.8 * k, 2.0 * k, L['tb'])
            lines_rect(msp, cx + wl, y, wv, rh, L['tb'])
            text(msp, value, cx + wl + 1.5 * k, y + 2.5 * k, 3.0 * k, L['tb'])
            cx += wl + wv
    y = y0 + len(pairs) * rh
    lines_rect(msp, x0, y, 26 * k, 16 * k, L['tb'])
    text(msp, 'TITLE', x0 + 1.5 * k, y + 11 * k, 2.0 * k, L['tb'])
    lines_rect(msp, x0 + 26 * k, y, 164 * k, 16 * k, L['tb'])
    for i, line in enumerate(tb['title']):
        text(msp, line, x0 + 28 * k, y + (10 - 6 * i) * k, 3.5 * k, L['tb'])
    y += 16 * k
    lines_rect(msp, x0, y, 190 * k, 14 * k, L['tb'])
    text(msp, 'SKARVIK AUTOMATION AS', x0 + 3 * k, y + 6 * k, 5 * k, L['tb'])
    text(msp, 'Forusbeen 212, N-4033 Stavanger  ·  www.skarvik-automation.no', x0 + 3 * k, y + 2 * k, 2.0 * k, L['tb'])
    text(msp, 'THIS DRAWING IS THE PROPERTY OF SKARVIK AUTOMATION AS. DO NOT SCALE.', 15 * k, 13 * k, 2.0 * k, L['text'])
    tables = []
    if dw['bom']:
        rows = bom_cells_text(dw, None, ['item', 'part', 'desc', 'qty', 'mat'])
        tables.append(acad_table(doc, msp.block_record_handle if hasattr(msp, 'block_record_handle') else msp.layout_key, L['bom'],
                                 (x0, H - 20 * k), [['ITEM', 'PART NUMBER', 'DESCRIPTION', 'QTY', 'MATERIAL']], rows,
                                 [12 * k, 36 * k, 78 * k, 14 * k, 50 * k], 7 * k, 2.5 * k, title='BILL OF MATERIALS'))
    return doc, tables


def style_S2(dw):
    doc, L = new_doc(dw)
    msp = doc.modelspace()
    k = dw['k']
    W, H = 420 * k, 297 * k
    lines_rect(msp, 0, 0, W, H, L['frame'])
    lines_rect(msp, 10 * k, 10 * k, W - 20 * k, H - 20 * k, L['frame'])
    draw_geometry(doc, msp, dw, L, 40 * k, 110 * k, k)
    tb, dt = tb_values(dw)
    x0, y0 = W - 10 * k - 180 * k, 10 * k

    def cell(x, y, w, h, label, value, vh=3.0):
        lines_rect(msp, x0 + x * k, y0 + y * k, w * k, h * k, L['tb'])
        v = value if isinstance(value, list) else [value]
        content = '{\\fArial|b0|i1|c0|p34;\\H0.6x;' + label + '}\\P{\\fArial|b1|i0|c0|p34;' + '\\P'.join(v) + '}'
        m = msp.add_mtext(content, dxfattribs={'layer': L['tb'], 'char_height': vh * k, 'insert': (x0 + (x + 1.5) * k, y0 + (y + h - 1.2) * k),
                                               'attachment_point': 1})
        m.dxf.width = (w - 3) * k

    cell(0, 0, 70, 12, 'Drawing number', tb['drawing_number'], 3.5)
    cell(70, 0, 25, 12, 'Revision', tb['revision'])
    cell(95, 0, 40, 12, 'Sheet', sheet_text(tb['sheet'], 'en', 'of_lower'))
    cell(135, 0, 45, 12, 'Scale', tb['scale'])
    cell(0, 12, 45, 11, 'Drawn', tb['drawn_by'], 2.5)
    cell(45, 12, 45, 11, 'Checked', tb['checked_by'], 2.5)
    cell(90, 12, 45, 11, 'Date', dt, 2.5)
    cell(135, 12, 45, 11, 'Customer', tb['client'], 2.2)
    cell(0, 23, 180, 17, 'Title', tb['title'], 3.2)
    cell(0, 40, 120, 11, 'Project', tb['project'], 2.5)
    lines_rect(msp, x0 + 120 * k, y0 + 40 * k, 60 * k, 11 * k, L['tb'])
    m = msp.add_mtext('{\\fArial|b1|i0|c0|p34;\\C5;SKARVIK}\\~{\\fArial|b0|i0|c0|p34;AUTOMATION AS}\\P{\\H0.5x;Stavanger, Norway}',
                      dxfattribs={'layer': L['tb'], 'char_height': 3.5 * k, 'insert': (x0 + 122 * k, y0 + 49.5 * k), 'attachment_point': 1})
    m.dxf.width = 56 * k
    tables = []
    if dw['bom']:
        rows = bom_cells_text(dw, None, ['item', 'qty', 'part', 'desc', 'mat'])
        tables.append(acad_table(doc, msp.block_record_handle if hasattr(msp, 'block_record_handle') else msp.layout_key, L['bom'],
                                 (x0, y0 + 51 * k + (len(rows) + 1) * 7 * k + 4 * k), [['ITEM', 'QTY', 'PART NO.', 'DESCRIPTION', 'MATERIAL']],
                                 rows, [12 * k, 12 * k, 36 * k, 80 * k, 40 * k], 7 * k, 2.5 * k))
    return doc, tables


def header_row_block(space, x, y, col_widths, labels, values, lab_h, val_h, layer, rh_lab, rh_val):
    """A band: a row of labels only, and under it a row of values. (x, y) = lower-left of the value row."""
    cx = x
    for w, label, value in zip(col_widths, labels, values):
        lines_rect(space, cx, y + rh_val, w, rh_lab, layer)
        lines_rect(space, cx, y, w, rh_val, layer)
        text(space, label, cx + 1.2, y + rh_val + (rh_lab - lab_h) / 2, lab_h, layer)
        vals = value if isinstance(value, list) else [value]
        for i, line in enumerate(vals):
            if line:
                text(space, line, cx + 1.5, y + rh_val - (i + 1) * val_h * 1.5, val_h, layer)
        cx += w


def style_F1(dw):
    doc, L = new_doc(dw)
    msp = doc.modelspace()
    k = dw['k']
    W, H = 420 * k, 297 * k
    lines_rect(msp, 0, 0, W, H, L['frame'])
    lines_rect(msp, 10 * k, 10 * k, W - 20 * k, H - 20 * k, L['frame'])
    draw_geometry(doc, msp, dw, L, 40 * k, 110 * k, k)
    tb, dt = tb_values(dw)
    x0, y0 = W - 10 * k - 200 * k, 10 * k
    # band 1 (bottom): Prosjekt | Tegn.nr. | Rev | Dato | Målestokk | Blad
    widths1 = [w * k for w in (56, 44, 16, 26, 28, 30)]
    header_row_block(msp, x0, y0, widths1, ['Prosjekt', 'Tegn.nr.', 'Rev', 'Dato', 'Målestokk', 'Blad'],
                     [tb['project'], tb['drawing_number'], tb['revision'], dt, tb['scale'], sheet_text(tb['sheet'], 'nb', 'av')],
                     1.8 * k, 2.8 * k, L['tb'], 5 * k, 8 * k)
    # band 2: Tegnet | Kontrollert | Tittel | Byggherre
    widths2 = [w * k for w in (26, 26, 90, 58)]
    header_row_block(msp, x0, y0 + 13 * k, widths2, ['Tegnet', 'Kontrollert', 'Tittel', 'Byggherre'],
                     [tb['drawn_by'], tb['checked_by'], tb['title'], tb['client']], 1.8 * k, 2.8 * k, L['tb'], 5 * k, 11 * k)
    lines_rect(msp, x0, y0 + 29 * k, 200 * k, 16 * k, L['tb'])
    text(msp, 'FJORDLYS STÅL OG MONTASJE AS', x0 + 3 * k, y0 + 38 * k, 5 * k, L['tb'])
    text(msp, FIRMS['FSM']['addr'] + '  ·  ' + FIRMS['FSM']['tel'], x0 + 3 * k, y0 + 32 * k, 2.0 * k, L['tb'])
    if dw['bom']:
        rows = [['Pos', 'Del nr.', 'Beskrivelse', 'Ant.', 'Materiale']] + bom_cells_text(dw, None, ['item', 'part', 'desc', 'qty', 'mat'], ' stk')
        n = len(rows) + 1
        draw_bom_lines(msp, x0, H - 20 * k - n * 7 * k, None, [w * k for w in (12, 40, 78, 22, 48)], rows, 7 * k, 2.5 * k, L['bom'], L['bom'],
                       title='STYKKLISTE')
    return doc, []


def style_F2(dw):
    doc, L = new_doc(dw, version='R2000')
    msp = doc.modelspace()
    draw_geometry(doc, msp, dw, L, 0, 0, 1.0)
    tb, dt = tb_values(dw)
    psp = doc.layouts.get('Layout1')
    psp.page_setup(size=(420, 297), margins=(0, 0, 0, 0), units='mm')
    lines_rect(psp, 10, 10, 400, 277, L['frame'])
    psp.add_viewport(center=(115, 160), size=(190, 200), view_center_point=(150, 60), view_height=260)
    blk = doc.blocks.new('FSM-A3-HOVUD')
    for yy in (0, 9, 18, 27, 41, 58):
        blk.add_line((0, yy), (190, yy))
    for xx, ya, yb in ((0, 0, 58), (190, 0, 58), (55, 0, 18), (85, 0, 9), (120, 0, 18), (150, 0, 9), (95, 41, 58)):
        blk.add_line((xx, ya), (xx, yb))
    cells = [('Teikningsnr.', 'DWG_NO', 0, 0), ('Rev.', 'RV', 55, 0), ('Ark', 'SH', 85, 0), ('Målestokk', 'SC', 120, 0), ('Dato', 'DT', 150, 0),
             ('Teikna', 'DRW', 0, 9), ('Kontrollert', 'CHK', 55, 9), ('Byggherre', 'CUST', 120, 9), ('Prosjekt', 'PRJ', 0, 18)]
    for label, tag, x, y in cells:
        blk.add_text(label, height=1.6).dxf.insert = (x + 1, y + 6.6)
        blk.add_attdef(tag, insert=(x + 1.5, y + 1.5), text='', dxfattribs={'height': 2.8, 'prompt': label})
    blk.add_text('Tittel', height=1.6).dxf.insert = (1, 38.5)
    blk.add_attdef('TTL1', insert=(2, 33), text='', dxfattribs={'height': 3.5, 'prompt': 'Tittel linje 1'})
    blk.add_attdef('TTL2', insert=(2, 28.5), text='', dxfattribs={'height': 3.5, 'prompt': 'Tittel linje 2'})
    blk.add_text('FJORDLYS STÅL OG MONTASJE AS', height=4.2).dxf.insert = (2, 50)
    blk.add_text('Karmsundgata 301 · 5531 Haugesund', height=1.8).dxf.insert = (2, 45)
    blk.add_text('Godkjent for bygging', height=1.8).dxf.insert = (97, 50)
    ref = psp.add_blockref('FSM-A3-HOVUD', (220, 10), dxfattribs={'layer': L['tb']})
    titles = tb['title'] + [''] * (2 - len(tb['title']))
    ref.add_auto_attribs({'DWG_NO': tb['drawing_number'], 'RV': tb['revision'], 'SH': sheet_text(tb['sheet'], 'nn', 'av_nn'), 'SC': tb['scale'],
                          'DT': dt, 'DRW': tb['drawn_by'], 'CHK': tb['checked_by'], 'CUST': tb['client'], 'PRJ': tb['project'],
                          'TTL1': titles[0], 'TTL2': titles[1]})
    if dw['bom']:
        rows = [['Pos', 'Ant.', 'Skildring', 'Del nr.', 'Materiale']] + bom_cells_text(dw, None, ['item', 'qty', 'desc', 'part', 'mat'], ' stk')
        n = len(rows)
        draw_bom_lines(psp, 220, 287 - 10 - n * 6.5, None, [12, 20, 62, 50, 46], rows, 6.5, 2.2, L['bom'], L['bom'])
    return doc, []


def style_X(dw):
    doc, L = new_doc(dw)
    msp = doc.modelspace()
    draw_geometry(doc, msp, dw, L, 0, 0, 1.0)
    text(msp, 'SKISSE - festeklemme for kabelbru, ikke for produksjon', 0, 110, 3.5, L['text'])
    text(msp, 'Ø9 (4x)', 125, 15, 2.5, L['dims'])
    text(msp, 'R16', 80, 58, 2.5, L['dims'])
    return doc, []


STYLES = {'K1': style_K1, 'K2': style_K2, 'S1': style_S1, 'S2': style_S2, 'F1': style_F1, 'F2': style_F2, 'X': style_X}


# ----------------------------------------------------------------------------- PDF
SVG_GEOM = {
    'shaft': '<rect x="40" y="90" width="240" height="32" /><rect x="64" y="86" width="176" height="40" />'
             '<line x1="30" y1="106" x2="290" y2="106" stroke-dasharray="12 3 2 3" />',
    'bearing': '<circle cx="110" cy="110" r="55" /><circle cx="110" cy="110" r="24" /><circle cx="250" cy="110" r="55" />'
               '<circle cx="250" cy="110" r="24" /><line x1="40" y1="110" x2="320" y2="110" stroke-dasharray="12 3 2 3" />',
    'frame': '<rect x="40" y="60" width="260" height="120" /><line x1="40" y1="60" x2="110" y2="180" /><line x1="230" y1="180" x2="300" y2="60" />'
             '<line x1="105" y1="60" x2="105" y2="180" /><line x1="235" y1="60" x2="235" y2="180" />',
    'cabinet': '<rect x="40" y="40" width="200" height="160" /><rect x="55" y="60" width="170" height="10" /><rect x="55" y="95" width="170" height="10" />'
               '<rect x="55" y="130" width="170" height="10" /><rect x="55" y="165" width="170" height="10" />',
    'skid': '<rect x="40" y="70" width="280" height="110" /><rect x="70" y="90" width="60" height="60" /><rect x="200" y="90" width="60" height="60" />'
            '<line x1="130" y1="120" x2="200" y2="120" />',
    'platform': '<rect x="40" y="50" width="280" height="140" /><line x1="40" y1="50" x2="320" y2="190" /><line x1="40" y1="190" x2="320" y2="50" />'
                '<rect x="60" y="70" width="240" height="100" stroke-dasharray="6 3" />',
    'bridge': '<line x1="30" y1="80" x2="330" y2="80" /><line x1="30" y1="150" x2="330" y2="150" />'
              + ''.join(f'<line x1="{30 + 50 * i}" y1="150" x2="{55 + 50 * i}" y2="80" />' for i in range(6)),
}


def html_page(dw):
    tb, dt = tb_values(dw)
    firm = FIRMS[dw['firm']]
    style = dw['style']
    parts = []

    def pos(x, y, w, h, inner, cls='c'):
        parts.append(f'<div class="{cls}" style="left:{x}mm;top:{y}mm;width:{w}mm;height:{h}mm">{inner}</div>')

    def esc(s):
        return (s or '').replace('&', '&amp;').replace('<', '&lt;')

    notes = {'nb': 'MERKNADER: 1. Alle mål i mm. 2. Skarpe kanter brytes.', 'en': 'NOTES: 1. All dimensions in mm. 2. Do not scale drawing.'}
    # drawing area
    parts.append('<svg class="geom" viewBox="0 0 360 240" style="left:20mm;top:45mm;width:180mm;height:120mm">'
                 f'<g fill="none" stroke="black" stroke-width="0.8">{SVG_GEOM[dw["geom"]]}</g></svg>')
    if dw['units']:
        pos(22, 205, 200, 6, esc(notes[dw['lang']]), 'note')
    if style == 'P1':      # Kvernvik: grid, labels above values, bottom-right; BOM above it
        X, Y = 227, 225
        cells = [(0, 0, 180, 12, None, None), (0, 12, 180, 14, 'BENEVNELSE', ' '.join(tb['title'])),
                 (0, 26, 100, 10, 'PROSJEKT', tb['project']), (100, 26, 80, 10, 'KUNDE', tb['client']),
                 (0, 36, 45, 10, 'KONSTRUERT', tb['drawn_by']), (45, 36, 45, 10, 'KONTROLLERT', tb['checked_by']),
                 (90, 36, 45, 10, 'DATO', dt), (135, 36, 45, 10, 'MÅLESTOKK', tb['scale']),
                 (0, 46, 80, 12, 'TEGNINGSNUMMER', tb['drawing_number']), (80, 46, 40, 12, 'REVISJON', tb['revision']),
                 (120, 46, 60, 12, 'BLAD', sheet_text(tb['sheet'], 'nb', 'slash'))]
        for x, y, w, h, label, value in cells:
            if label is None:
                pos(X + x, Y + y, w, h, '<span class="firm">KVERNVIK MEKANISKE VERKSTED AS</span><br><span class="small">'
                    + esc(firm['addr']) + '</span>', 'cell')
                continue
            pos(X + x, Y + y, w, h, f'<span class="lab">{esc(label)}</span><br><span class="val">{esc(value)}</span>', 'cell')
        if dw['bom']:
            rows = [['Pos.', 'Artikkelnr.', 'Beskrivelse', 'Antall', 'Materiale']] + bom_cells_text(dw, None, ['item', 'part', 'desc', 'qty', 'mat'])
            widths = [14, 44, 66, 18, 38]
            top = Y - 4 - 7 * (len(rows) + 1)
            pos(X, top, 180, 7, '<b>STYKKLISTE</b>', 'cell center')
            for i, r in enumerate(rows):
                cx = X
                for w, v in zip(widths, r):
                    pos(cx, top + 7 * (i + 1), w, 7, ('<b>' + esc(v) + '</b>') if i == 0 else esc(v), 'cell tcell')
                    cx += w
    elif style == 'P2':    # Skarvik: HTML table, label beside value
        X, Y = 216, 222
        rows = [('DWG NO.', tb['drawing_number'], 'REV', tb['revision']), ('TITLE', tb['title'], 'SHEET', sheet_text(tb['sheet'], 'en', 'of')),
                ('DRAWN BY', tb['drawn_by'], 'DATE', dt), ('CHECKED BY', tb['checked_by'], 'SCALE', tb['scale']),
                ('APPROVED BY', tb['approved_by'], 'CLIENT', tb['client']), ('PROJECT', tb['project'], '', '')]
        trs = ''.join(f'<tr><th>{esc(a)}</th><td>{"<br>".join(map(esc, b)) if isinstance(b, list) else esc(b)}</td><th>{esc(c)}</th>'
                      f'<td>{esc(e)}</td></tr>' for a, b, c, e in rows)
        parts.append(f'<div class="tb" style="left:{X}mm;top:{Y}mm;width:190mm"><div class="firm">SKARVIK AUTOMATION AS</div>'
                     f'<div class="small">{esc(firm["addr"])} · {esc(firm["web"])}</div><table class="tbt">{trs}</table></div>')
        if dw['bom']:
            brow = ''.join(f'<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td><td>{esc(q)}</td><td>{esc(m)}</td></tr>'
                           for a, b, c, q, m in bom_cells_text(dw, None, ['item', 'part', 'desc', 'qty', 'mat']))
            parts.append(f'<div class="tb" style="left:{X}mm;top:18mm;width:190mm"><table class="bom"><tr><th colspan="5">BILL OF MATERIALS</th></tr>'
                         f'<tr><th>ITEM</th><th>PART NUMBER</th><th>DESCRIPTION</th><th>QTY</th><th>MATERIAL</th></tr>{brow}</table></div>')
    else:                  # P3 Fjordlys: label-only header row, values below
        X, Y = 207, 240
        pos(X, Y, 200, 14, '<span class="firm">FJORDLYS STÅL OG MONTASJE AS</span><br><span class="small">' + esc(firm['addr']) + '</span>', 'cell')
        bands = [((56, 44, 16, 26, 28, 30), ['Prosjekt', 'Tegn.nr.', 'Rev', 'Dato', 'Målestokk', 'Blad'],
                  [tb['project'], tb['drawing_number'], tb['revision'], dt, tb['scale'], sheet_text(tb['sheet'], 'nb', 'av')]),
                 ((26, 26, 90, 58), ['Tegnet', 'Kontrollert', 'Tittel', 'Byggherre'],
                  [tb['drawn_by'], tb['checked_by'], '<br>'.join(map(esc, tb['title'])), tb['client']])]
        y = Y + 14
        for widths, labels, values in reversed(bands):
            cx = X
            for w, lab, val in zip(widths, labels, values):
                pos(cx, y, w, 5, f'<span class="lab">{esc(lab)}</span>', 'cell')
                pos(cx, y + 5, w, 8, f'<span class="val">{val if lab == "Tittel" else esc(val)}</span>', 'cell')
                cx += w
            y += 13
        if dw['bom']:
            rows = [['Pos', 'Del nr.', 'Beskrivelse', 'Ant.', 'Materiale']] + bom_cells_text(dw, None, ['item', 'part', 'desc', 'qty', 'mat'], ' stk')
            widths = [12, 40, 78, 22, 48]
            top = 18
            pos(X, top, 200, 7, '<b>STYKKLISTE</b>', 'cell center')
            for i, r in enumerate(rows):
                cx = X
                for w, v in zip(widths, r):
                    pos(cx, top + 7 * (i + 1), w, 7, ('<b>' + esc(v) + '</b>') if i == 0 else esc(v), 'cell tcell')
                    cx += w
    css = """
    @page { size: 420mm 297mm; margin: 0 }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-variant-ligatures: none; font-feature-settings: "liga" 0; }
    .c, .cell, .note, .tb, .geom { position: absolute; box-sizing: border-box; }
    .frame { position: absolute; left: 10mm; top: 10mm; width: 400mm; height: 277mm; border: 0.5mm solid black; box-sizing: border-box; }
    .cell { border: 0.25mm solid black; padding: 0.6mm 1mm; font-size: 3mm; overflow: hidden; }
    .center { text-align: center; }
    .tcell { font-size: 2.6mm; }
    .lab { font-size: 1.9mm; }
    .val { font-size: 3.2mm; }
    .firm { font-size: 4.6mm; font-weight: bold; }
    .small { font-size: 2mm; }
    .note { font-size: 2.6mm; }
    table { border-collapse: collapse; width: 100%; }
    .tbt th, .tbt td, .bom th, .bom td { border: 0.25mm solid black; padding: 0.8mm 1.2mm; font-size: 2.6mm; text-align: left; }
    .tbt th { font-size: 1.9mm; font-weight: normal; width: 22mm; }
    """
    return f'<html><head><meta charset="utf-8"><style>{css}</style></head><body><div class="frame"></div>{"".join(parts)}</body></html>'


# ----------------------------------------------------------------------------- truth + main
def truth_row(dw, layers):
    tb = dw['tb']
    if tb is None:
        title_block = dict.fromkeys(('drawing_number', 'title', 'revision', 'date', 'drawn_by', 'checked_by', 'scale', 'sheet', 'project', 'company'))
    else:
        title_block = {'drawing_number': tb['drawing_number'], 'title': ' '.join(tb['title']), 'revision': tb['revision'], 'date': tb['date'],
                       'drawn_by': tb['drawn_by'], 'checked_by': tb['checked_by'], 'scale': tb['scale'], 'sheet': f'{tb["sheet"][0]}/{tb["sheet"][1]}',
                       'project': tb['project'], 'company': FIRMS[dw['firm']]['name']}
    return {'file': dw['file'], 'format': 'pdf' if dw['file'].endswith('.pdf') else 'dxf', 'firm': FIRMS[dw['firm']]['name'] if dw['firm'] else None,
            'style': dw['style'], 'language': dw['lang'], 'title_block': title_block,
            'bom': [{'item': str(i), 'part_number': p, 'description': de, 'quantity': q, 'material': m} for i, p, de, q, m in dw['bom']],
            'units': dw['units'], 'layers': layers,
            'printed': {'date': fmt_date(tb['date'], dw['date_style']) if tb else None, 'client': tb.get('client') if tb else None,
                        'approved_by': tb.get('approved_by') if tb else None}}


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for dw in DRAWINGS:
        path = os.path.join(OUT, dw['file'])
        if dw['file'].endswith('.dxf'):
            doc, tables = STYLES[dw['style']](dw)
            if tables:
                doc.classes.add_class('ACAD_TABLE')
            doc.header['$PROJECTNAME'] = ''
            if any(len(lay) for lay in doc.layouts if lay.name != 'Model') and 'VIEWPORTS' not in doc.layers:
                doc.layers.add('VIEWPORTS', color=7).off()       # the paper-space viewports' own layer, not plotted
            save_with_tables(doc, path, tables, encoding='cp1252' if doc.dxfversion <= 'AC1015' else None)
            check = ezdxf.readfile(path)
            layers = sorted(lay.dxf.name for lay in check.layers if lay.dxf.name not in ('Defpoints',))
            used = sorted({e.dxf.get('layer', '0') for lay in check.layouts for e in lay})
        else:
            from weasyprint import HTML
            HTML(string=html_page(dw)).write_pdf(path)
            layers, used = [], []
        row = truth_row(dw, layers)
        row['layers_used'] = used
        rows.append(row)
    with open(os.path.join(HERE, 'truth.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f'{len(rows)} drawings: {sum(r["format"] == "dxf" for r in rows)} DXF, {sum(r["format"] == "pdf" for r in rows)} PDF')


if __name__ == '__main__':
    main()
