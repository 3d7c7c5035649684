# Compiled by jinja2 from songlo_targets/templates/base.html.j2 for html (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'base.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:; base-uri \'none\'; form-action \'none\'">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="referrer" content="no-referrer">\n<title>'
    yield from context.blocks['title'][0](context)
    yield '</title>\n<style>\n'
    template = environment.get_template('style.css', 'base.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '</style>\n</head>\n<body>\n<main class="sheet'
    yield from context.blocks['sheet_class'][0](context)
    yield '">\n'
    template = environment.get_template('_patterns.html.j2', 'base.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield from context.blocks['header'][0](context)
    yield from context.blocks['content'][0](context)
    yield from context.blocks['signature'][0](context)
    yield '</main>\n</body>\n</html>\n'

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_sheet_class(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_header(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    try:
        t_1 = environment.filters['vnupper']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'vnupper' found.")
    pass
    yield '<header class="party">\n<div class="issuer">\n'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'superior'):
        pass
        yield '<div class="superior">'
        yield escape(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'superior'))))
        yield '</div>\n'
    yield '<div class="body">'
    yield escape(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'name'))))
    yield '</div>\n<div class="star">*</div>\n<div class="number">'
    yield from context.blocks['number'][0](context)
    yield '</div>\n</div>\n<div class="party-name">\n<div class="dcs">ĐẢNG CỘNG SẢN VIỆT NAM</div>\n<div class="place-date">'
    yield from context.blocks['place_date'][0](context)
    yield '</div>\n</div>\n</header>\n<h1>'
    yield from context.blocks['kind'][0](context)
    yield '</h1>\n<p class="doc-title">'
    yield from context.blocks['doc_title'][0](context)
    yield '</p>\n'
    yield from context.blocks['doc_sub'][0](context)
    yield '<p class="doc-rule">-----</p>\n'

def block_number(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    pass
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'number_line')))

def block_place_date(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    try:
        t_2 = environment.filters['place_date']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'place_date' found.")
    pass
    yield escape(environment.finalize(t_2(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'place'), environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'date'))))

def block_kind(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'BÁO CÁO'

def block_doc_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_doc_sub(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    try:
        t_3 = environment.filters['vndate']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'vndate' found.")
    pass
    yield '<p class="doc-sub">(Số liệu tính đến ngày '
    yield escape(environment.finalize(t_3(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'as_of'))))
    yield ')</p>'

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_signature(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'title': block_title, 'sheet_class': block_sheet_class, 'header': block_header, 'number': block_number, 'place_date': block_place_date, 'kind': block_kind, 'doc_title': block_doc_title, 'doc_sub': block_doc_sub, 'content': block_content, 'signature': block_signature}
debug_info = '8=12&10=14&14=21&15=23&16=29&35=30&36=31&8=34&14=43&16=52&19=68&21=74&23=76&27=78&30=80&31=82&32=84&23=87&27=98&30=115&31=125&32=134&35=153&36=162'
