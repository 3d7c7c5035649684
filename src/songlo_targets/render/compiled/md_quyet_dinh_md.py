# Compiled by jinja2 from songlo_targets/templates/quyet-dinh.md.j2 for md (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'quyet-dinh.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_unit = resolve('unit')
    l_0_r = resolve('r')
    l_0_doc_sub = resolve('doc_sub')
    l_0_u = l_0_number = l_0_place_date = l_0_kind = l_0_doc_title = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['place_date']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'place_date' found.")
    try:
        t_4 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_5 = environment.filters['vndate']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'vndate' found.")
    pass
    l_0_u = (undefined(name='unit') if l_0_unit is missing else l_0_unit)
    context.vars['u'] = l_0_u
    context.exported_vars.add('u')
    l_0_number = str_join(('Số ', (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision') if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision') else str_join(('…-QĐ/', (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'symbol') or '…'), ))), ))
    context.vars['number'] = l_0_number
    context.exported_vars.add('number')
    l_0_place_date = t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'place'), (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision_date') or environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'date')))
    context.vars['place_date'] = l_0_place_date
    context.exported_vars.add('place_date')
    l_0_kind = 'PHỤ LỤC'
    context.vars['kind'] = l_0_kind
    context.exported_vars.add('kind')
    l_0_doc_title = str_join(('Chỉ tiêu, nhiệm vụ năm ', environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year'), ' giao cho ', environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'name'), ))
    context.vars['doc_title'] = l_0_doc_title
    context.exported_vars.add('doc_title')
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'):
        pass
        l_0_doc_sub = str_join(('(Kèm theo Quyết định số ', environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'), ' ngày ', t_5(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision_date')), ' của ', environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'body'), ')', ))
        context.vars['doc_sub'] = l_0_doc_sub
        context.exported_vars.add('doc_sub')
    else:
        pass
        l_0_doc_sub = '(Dự thảo, chưa có quyết định giao)'
        context.vars['doc_sub'] = l_0_doc_sub
        context.exported_vars.add('doc_sub')
    template = environment.get_template('_header.md.j2', 'quyet-dinh.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'doc_sub': l_0_doc_sub, 'doc_title': l_0_doc_title, 'kind': l_0_kind, 'number': l_0_number, 'place_date': l_0_place_date, 'u': l_0_u}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '| STT | Chỉ tiêu, nhiệm vụ | Sản phẩm phải đạt | Người phụ trách | Thời hạn | Nhóm việc | Căn cứ | Chuyển từ |\n|:---:|:---|:---|:---|:---:|:---|:---:|:---|\n'
    for l_1_t in environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'appendix'):
        l_1_label = resolve('label')
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_t, 'number')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_t, 'title')))
        if environment.getattr(l_1_t, 'unknown'):
            pass
            yield ' (\\*)'
        yield ' | '
        yield str(environment.finalize((environment.getattr(l_1_t, 'measure_text') or '')))
        yield ' | '
        yield str(environment.finalize((environment.getattr(l_1_t, 'owner') or context.call((undefined(name='label') if l_1_label is missing else l_1_label), 'subject', 'collective', _loop_vars=_loop_vars))))
        yield ' | '
        yield str(environment.finalize(t_5(environment.getattr(l_1_t, 'deadline'))))
        yield ' | '
        yield str(environment.finalize(t_1(context.eval_ctx, environment.getattr(l_1_t, 'categories'), ', ')))
        yield ' | '
        if environment.getattr(l_1_t, 'basis_number'):
            pass
            yield '('
            yield str(environment.finalize(environment.getattr(l_1_t, 'basis_number')))
            yield ')'
        yield ' | '
        yield str(environment.finalize((environment.getattr(l_1_t, 'carried_from_text') or '')))
        yield ' |\n'
    l_1_t = l_1_label = missing
    yield '\n'
    if environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'basis_used'):
        pass
        yield 'Căn cứ: '
        def t_6(fiter):
            for (l_1_n, l_1_name) in fiter:
                if (l_1_n in environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'basis_used')):
                    yield (l_1_n, l_1_name)
        l_1_loop = missing
        for (l_1_n, l_1_name), l_1_loop in LoopContext(t_6(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'basis')), undefined):
            _loop_vars = {}
            pass
            yield '('
            yield str(environment.finalize(l_1_n))
            yield ') '
            yield str(environment.finalize(l_1_name))
            yield str(environment.finalize(('; ' if (not environment.getattr(l_1_loop, 'last')) else '.')))
        l_1_loop = l_1_n = l_1_name = missing
        yield '\n\n'
    if t_2(context.eval_ctx, t_4(context, environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'appendix'), 'unknown')):
        pass
        yield '(\\*) Đã điều chỉnh sau khi giao; hồ sơ không ghi nội dung trước điều chỉnh, nên ghi theo nội dung hiện hành.\n\n'
    yield 'Người giám sát: '
    if environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor'):
        pass
        yield str(environment.finalize(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor')))
        if (environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor_title') and (environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor_title') != environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor'))):
            pass
            yield ', '
            yield str(environment.finalize(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor_title')))
    else:
        pass
        yield 'chưa phân công'
    yield '.\n'
    if environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'changes'):
        pass
        yield '\n### Điều chỉnh sau khi giao\n\n| STT | Chỉ tiêu, nhiệm vụ | Nội dung điều chỉnh | Quyết định |\n|:---:|:---|:---|:---:|\n'
        for l_1_c in environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'changes'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize((environment.getattr(l_1_c, 'number') or '')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_c, 'title')))
            yield ' | '
            template = environment.get_template('_change.j2', 'quyet-dinh.md.j2')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'c': l_1_c, 'doc_sub': l_0_doc_sub, 'doc_title': l_0_doc_title, 'kind': l_0_kind, 'number': l_0_number, 'place_date': l_0_place_date, 'u': l_0_u}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_c, 'decision')))
            yield ' ngày '
            yield str(environment.finalize(t_5(environment.getattr(l_1_c, 'date'))))
            yield ' |\n'
        l_1_c = missing

blocks = {}
debug_info = '1=45&2=48&3=51&4=54&5=57&6=60&7=62&9=67&11=70&14=77&15=82&18=107&19=110&23=125&27=129&28=140&34=143&35=147'
